/** The reader's reading bar: read-aloud controls and the display settings dialog. */
package app.lectern.reading.ui;
