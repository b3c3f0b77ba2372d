/** The {@code open} type: a written answer graded by a person against a rubric. */
package app.lectern.question.open;
