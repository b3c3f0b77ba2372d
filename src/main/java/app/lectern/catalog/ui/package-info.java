/** The library of modules and the content-problems notice. */
package app.lectern.catalog.ui;
