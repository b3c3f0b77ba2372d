/** The learner's input component for multiple questions, and the teacher's editor of their records. */
package app.lectern.question.multiple.ui;
