/** The learner's input component for single questions. */
package app.lectern.question.single.ui;
