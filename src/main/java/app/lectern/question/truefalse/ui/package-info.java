/** The learner's input component for true-false questions, and the teacher's editor of their records. */
package app.lectern.question.truefalse.ui;
