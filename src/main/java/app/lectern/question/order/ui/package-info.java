/** The learner's input component for order questions. */
package app.lectern.question.order.ui;
