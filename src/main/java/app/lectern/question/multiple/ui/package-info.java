/** The learner's input component for multiple questions. */
package app.lectern.question.multiple.ui;
