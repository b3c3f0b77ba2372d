/** The reader's highlight toolbar and "My notes" panel, and the teacher's read-only list of shared notes. */
package app.lectern.notes.ui;
