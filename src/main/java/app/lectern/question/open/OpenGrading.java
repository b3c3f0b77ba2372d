package app.lectern.question.open;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;

/** "Grades" {@link OpenQuestion} responses: they are never scored automatically but wait for a teacher. */
public final class OpenGrading {

    private OpenGrading() {}

    /**
     * Always {@link Grade#pendingReview()}, empty text included; {@code null} text is an
     * {@link InvalidAnswerException}.
     */
    public static Grade grade(OpenQuestion question, OpenAnswer answer) {
        if (answer.text() == null) {
            throw new InvalidAnswerException("no text given");
        }
        return Grade.pendingReview();
    }

    /** The model answer, which the learner compares their own with. */
    public static String keyText(OpenQuestion question) {
        return question.modelAnswer();
    }

    /** Always {@code null}: open questions have no per-option feedback. */
    public static String optionFeedback(OpenQuestion question, OpenAnswer answer) {
        return null;
    }
}
