package app.lectern.classroom;

/** Where a student stands with an assignment. */
public enum AssignmentStatus {
    /** Open and not started. */
    TO_DO,
    /** Started, not submitted (comes with attempts). */
    IN_PROGRESS,
    /** Submitted (comes with attempts). */
    DONE,
    /** Not submitted and the due date has passed. */
    LATE
}
