/** The learner's input component for open questions, and the teacher's editor of their records. */
package app.lectern.question.open.ui;
