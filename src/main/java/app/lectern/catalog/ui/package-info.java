/** The content-problems page for teachers and authors. */
package app.lectern.catalog.ui;
