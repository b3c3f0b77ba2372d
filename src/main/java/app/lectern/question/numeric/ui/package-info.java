/** The learner's input component for numeric questions, and the teacher's editor of their records. */
package app.lectern.question.numeric.ui;
