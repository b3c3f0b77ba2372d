/** The {@code cloze} type: fill the blanks of a text, optionally from a word bank. */
package app.lectern.question.cloze;
