/** The {@code highlight} type: pick the sentences of a section that support the prompt. */
package app.lectern.question.highlight;
