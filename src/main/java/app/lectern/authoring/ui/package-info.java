/** The authoring pages: a teacher's modules, a new module from an article, the draft editor, preview. */
package app.lectern.authoring.ui;
