/** The application shell: main layout, skip link, styles and the not-found view. */
package app.lectern.ui;
