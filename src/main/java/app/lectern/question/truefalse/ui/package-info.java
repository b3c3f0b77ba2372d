/** The learner's input component for true-false questions. */
package app.lectern.question.truefalse.ui;
