package app.lectern.question.shortanswer;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;

/** Grades {@link ShortQuestion} responses with {@link TextMatch}: all the points or none. */
public final class ShortGrading {

    private ShortGrading() {}

    /**
     * Grades a response. Empty (or blank) text is a valid answer that scores 0; {@code null} text is an
     * {@link InvalidAnswerException}.
     */
    public static Grade grade(ShortQuestion question, ShortAnswer answer) {
        if (answer.text() == null) {
            throw new InvalidAnswerException("no text given");
        }
        return Grade.of(TextMatch.matches(answer.text(), question.accept(), question.typos()) ? 1 : 0);
    }

    /** The first accepted answer. */
    public static String keyText(ShortQuestion question) {
        return question.accept().getFirst();
    }

    /** Always {@code null}: short questions have no per-option feedback. */
    public static String optionFeedback(ShortQuestion question, ShortAnswer answer) {
        return null;
    }
}
