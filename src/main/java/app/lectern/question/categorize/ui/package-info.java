/** The learner's input component for categorize questions, and the teacher's editor of their records. */
package app.lectern.question.categorize.ui;
