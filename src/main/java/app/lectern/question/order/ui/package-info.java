/** The learner's input component for order questions, and the teacher's editor of their records. */
package app.lectern.question.order.ui;
