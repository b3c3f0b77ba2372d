/** Teacher authoring: modules written in the browser, stored as versioned drafts, shared and published. */
package app.lectern.authoring;
