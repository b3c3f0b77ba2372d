/** The learner's input component for categorize questions. */
package app.lectern.question.categorize.ui;
