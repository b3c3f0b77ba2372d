/** The "My data" page: a signed-in user downloads everything Lectern stores about them. */
package app.lectern.privacy.ui;
