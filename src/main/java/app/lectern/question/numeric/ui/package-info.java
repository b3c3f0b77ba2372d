/** The learner's input component for numeric questions. */
package app.lectern.question.numeric.ui;
