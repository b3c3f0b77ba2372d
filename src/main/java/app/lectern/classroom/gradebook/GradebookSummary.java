package app.lectern.classroom.gradebook;

/**
 * The headline numbers of an assignment's gradebook.
 *
 * @param students students in the class
 * @param started students who opened the assignment
 * @param answered students who answered at least one question (the ones the average and the chart count)
 * @param submitted students who submitted
 * @param late students flagged late: submitted after the due date, or not submitted past it
 * @param pendingReviews open answers waiting for the teacher's review
 * @param averagePercent the mean percentage of the students who answered at least one question, or {@code null}
 */
public record GradebookSummary(
        int students, int started, int answered, int submitted, int late, int pendingReviews, Double averagePercent) {}
