/** The learner's input component for highlight questions. */
package app.lectern.question.highlight.ui;
