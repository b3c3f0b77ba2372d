/** The learner's input component for cloze questions, and the teacher's editor of their records. */
package app.lectern.question.cloze.ui;
