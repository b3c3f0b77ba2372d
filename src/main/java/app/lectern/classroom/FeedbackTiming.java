package app.lectern.classroom;

/** When a student of an assignment sees feedback and explanations. */
public enum FeedbackTiming {
    /** Right after answering each question. */
    IMMEDIATE,
    /** Once the student has submitted the whole assignment. */
    AFTER_SUBMIT,
    /** Once the due date has passed. */
    AFTER_DUE
}
