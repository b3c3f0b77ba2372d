/** The learner's input component of every question type, behind one interface and one registry. */
package app.lectern.question.ui;
