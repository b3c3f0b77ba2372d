package app.lectern.question;

import app.lectern.content.Question;

/** Grades one type's responses; throws {@link InvalidAnswerException} for a response of the wrong shape. */
@FunctionalInterface
public interface Grader<Q extends Question, A extends Answer> {

    /** Grades a response against the question's key. */
    Grade grade(Q question, A answer);
}
