/** The learner's input component for highlight questions, and the teacher's editor of their records. */
package app.lectern.question.highlight.ui;
