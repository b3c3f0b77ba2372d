/** The answer pipeline of self-study and assignments: check, grade, release the key, build feedback. */
package app.lectern.answering;
