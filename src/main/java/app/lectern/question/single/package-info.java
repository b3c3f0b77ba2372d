/** The {@code single} type: one right option out of 2–8. */
package app.lectern.question.single;
