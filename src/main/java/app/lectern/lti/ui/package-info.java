/** The LTI pages: platform registrations, the deep linking picker, grade passback status and roster sync. */
package app.lectern.lti.ui;
