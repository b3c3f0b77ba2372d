/** The {@code multiple} type: pick every right option. */
package app.lectern.question.multiple;
