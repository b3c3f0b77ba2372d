/** The learner's input component for short questions, and the teacher's editor of their records. */
package app.lectern.question.shortanswer.ui;
