/** Reading supports per learner: display settings (size, spacing, column, font, theme) and the read-aloud speed. */
package app.lectern.reading;
