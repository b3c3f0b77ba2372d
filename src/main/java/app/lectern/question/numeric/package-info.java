/** The {@code numeric} type: a number within a tolerance. */
package app.lectern.question.numeric;
