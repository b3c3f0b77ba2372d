/** The learner's input component for open questions. */
package app.lectern.question.open.ui;
