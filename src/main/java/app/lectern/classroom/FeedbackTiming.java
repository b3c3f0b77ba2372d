package app.lectern.classroom;

/** When a student of an assignment sees feedback and explanations. */
public enum FeedbackTiming {
    /** Right after answering each question. */
    IMMEDIATE,
    /** Once the student has submitted the whole assignment. */
    AFTER_SUBMIT,
    /**
     * Once the due date has passed and the student's attempt takes no more answers: with late work accepted, a
     * student who has not submitted could otherwise read the keys and then answer late.
     */
    AFTER_DUE;

    /**
     * Whether feedback is released now.
     *
     * @param attemptFinal whether the student's attempt takes no more answers: submitted, or closed by the due date
     *     when late work is not accepted (which is as final as a submit); past due alone is not final
     * @param pastDue whether the due date has passed
     */
    public boolean releasedNow(boolean attemptFinal, boolean pastDue) {
        return switch (this) {
            case IMMEDIATE -> true;
            case AFTER_SUBMIT -> attemptFinal;
            case AFTER_DUE -> pastDue && attemptFinal;
        };
    }
}
