/** The learner's input component for single questions, and the teacher's editor of their records. */
package app.lectern.question.single.ui;
