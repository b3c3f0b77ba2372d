package app.lectern.classroom;

/** When a student of an assignment sees feedback and explanations. */
public enum FeedbackTiming {
    /** Right after answering each question. */
    IMMEDIATE,
    /** Once the student has submitted the whole assignment. */
    AFTER_SUBMIT,
    /** Once the due date has passed. */
    AFTER_DUE;

    /**
     * Whether feedback is released now.
     *
     * @param attemptFinal whether the student's attempt is final: submitted, or closed by the due date (which is as
     *     final as a submit)
     * @param pastDue whether the due date has passed
     */
    public boolean releasedNow(boolean attemptFinal, boolean pastDue) {
        return switch (this) {
            case IMMEDIATE -> true;
            case AFTER_SUBMIT -> attemptFinal;
            case AFTER_DUE -> pastDue;
        };
    }
}
