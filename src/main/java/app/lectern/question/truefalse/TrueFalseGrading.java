package app.lectern.question.truefalse;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;

/** Grades {@link TrueFalseQuestion} responses: all the points or none. */
public final class TrueFalseGrading {

    private TrueFalseGrading() {}

    /** Grades a response. There is no empty answer: a {@code null} value is an {@link InvalidAnswerException}. */
    public static Grade grade(TrueFalseQuestion question, TrueFalseAnswer answer) {
        if (answer.value() == null) {
            throw new InvalidAnswerException("neither true nor false was picked");
        }
        return Grade.of(answer.value().equals(question.answer()) ? 1 : 0);
    }

    /** {@code "True"} or {@code "False"}. */
    public static String keyText(TrueFalseQuestion question) {
        return Boolean.TRUE.equals(question.answer()) ? "True" : "False";
    }

    /** Always {@code null}: true-false questions have no per-option feedback. */
    public static String optionFeedback(TrueFalseQuestion question, TrueFalseAnswer answer) {
        return null;
    }
}
