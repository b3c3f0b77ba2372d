package app.lectern.question.numeric;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.ReadableText;

/** Grades {@link NumericQuestion} responses: all the points within the tolerance (inclusive), none outside. */
public final class NumericGrading {

    // Relative slack so that decimal numbers that are equal on paper (0.1 + 0.2 and 0.3) count as equal in binary.
    private static final double EPSILON = 1e-9;

    private NumericGrading() {}

    /**
     * Grades a response. There is no empty answer: a {@code null}, NaN or infinite value is an
     * {@link InvalidAnswerException}.
     */
    public static Grade grade(NumericQuestion question, NumericAnswer answer) {
        Double value = answer.value();
        if (value == null) {
            throw new InvalidAnswerException("no number given");
        }
        if (value.isNaN() || value.isInfinite()) {
            throw new InvalidAnswerException("not a finite number: " + value);
        }
        double key = question.answer();
        double slack = EPSILON * Math.max(1.0, Math.max(Math.abs(key), Math.abs(value)));
        return Grade.of(Math.abs(value - key) <= question.tolerance() + slack ? 1 : 0);
    }

    /** The number, with its tolerance and unit when there are, e.g. {@code "150 mercenaries"} or {@code "2.5 ± 0.5 %"}. */
    public static String keyText(NumericQuestion question) {
        StringBuilder text = new StringBuilder(ReadableText.number(question.answer()));
        if (question.tolerance() > 0) {
            text.append(" ± ").append(ReadableText.number(question.tolerance()));
        }
        if (question.unit() != null && !question.unit().isBlank()) {
            text.append(' ').append(question.unit().strip());
        }
        return text.toString();
    }

    /** Always {@code null}: numeric questions have no per-option feedback. */
    public static String optionFeedback(NumericQuestion question, NumericAnswer answer) {
        return null;
    }
}
