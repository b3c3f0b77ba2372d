package app.lectern.study;

import app.lectern.question.InvalidAnswerException;

/**
 * A self-study answer refused because its learner, or the anonymous learners of its address, stored too many in
 * the last minute or hour. Nothing is stored; the learner may try again a minute later.
 */
public class SavingTooFastException extends InvalidAnswerException {

    /** The message the reader shows. */
    public static final String MESSAGE = "You are answering faster than we can save; wait a minute and try again.";

    /** Creates the exception. */
    public SavingTooFastException() {
        super(MESSAGE);
    }
}
