/** The {@code match} type: pair each left-hand text with its right-hand text. */
package app.lectern.question.match;
