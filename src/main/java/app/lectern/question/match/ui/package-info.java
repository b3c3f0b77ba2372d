/** The learner's input component for match questions, and the teacher's editor of their records. */
package app.lectern.question.match.ui;
