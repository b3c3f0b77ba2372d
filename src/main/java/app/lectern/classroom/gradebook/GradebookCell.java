package app.lectern.classroom.gradebook;

/**
 * One student's latest response to one question.
 *
 * @param questionId the question
 * @param answered whether the student answered it at all
 * @param points points earned (0 when unanswered or while an open answer waits for review)
 * @param maxPoints the question's points
 * @param fraction the grade of the latest answer, 0 to 1 (0 when unanswered or pending)
 * @param pending an open answer waiting for the teacher's review
 * @param tries how many answers the student gave, 0 when unanswered
 */
public record GradebookCell(
        String questionId,
        boolean answered,
        double points,
        double maxPoints,
        double fraction,
        boolean pending,
        int tries) {

    /** Whether the latest answer earned every point. */
    public boolean fullMarks() {
        return answered && !pending && fraction >= 1.0 - 1e-9;
    }
}
