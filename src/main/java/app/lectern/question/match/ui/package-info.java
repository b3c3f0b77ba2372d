/** The learner's input component for match questions. */
package app.lectern.question.match.ui;
