/** Question types: each sub-package is one type (record, answer, grading, {@code *Type} definition, input component); {@link app.lectern.question.QuestionTypes} registers them. */
package app.lectern.question;
