/** The learner's input component for short questions. */
package app.lectern.question.shortanswer.ui;
