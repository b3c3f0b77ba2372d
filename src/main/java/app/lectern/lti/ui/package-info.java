/** The LTI pages: platform registrations for administrators, the deep linking picker for teachers. */
package app.lectern.lti.ui;
