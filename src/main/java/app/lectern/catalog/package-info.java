/** The library of learning modules served by the app, loaded from the content folder at start-up. */
package app.lectern.catalog;
