/**
 * The learner's input component of every question type, behind one interface and one registry ({@link
 * app.lectern.question.ui.QuestionInputs}); and the teacher's editor of every type's record, likewise ({@link
 * app.lectern.question.ui.QuestionEditors}).
 */
package app.lectern.question.ui;
