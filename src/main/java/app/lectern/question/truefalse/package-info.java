/** The {@code true-false} type. */
package app.lectern.question.truefalse;
