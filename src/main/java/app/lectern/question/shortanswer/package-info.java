/** The {@code short} type: a typed answer compared after normalisation. */
package app.lectern.question.shortanswer;
