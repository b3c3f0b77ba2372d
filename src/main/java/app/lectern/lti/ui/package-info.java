/** The teacher's pages of the LTI grade passback and roster sync. */
package app.lectern.lti.ui;
