package app.lectern.classroom.gradebook;

/** Where a student stands with an assignment, as the gradebook shows it. */
public enum GradebookStatus {
    /** The student never opened the assignment. */
    NOT_STARTED,
    /** Opened, not submitted. */
    IN_PROGRESS,
    /** Submitted: no more answers are accepted. */
    SUBMITTED
}
