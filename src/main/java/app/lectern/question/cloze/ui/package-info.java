/** The learner's input component for cloze questions. */
package app.lectern.question.cloze.ui;
