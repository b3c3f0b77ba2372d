package app.lectern.classroom.attempt;

import app.lectern.classroom.Assignment;
import java.time.Instant;
import java.util.List;

/**
 * One student's current attempt at an assignment, as their teacher sees it.
 *
 * @param assignment the assignment
 * @param studentId the student's account id
 * @param studentName the student's display name
 * @param started whether the student has a current attempt (after a reset: not until they open it again)
 * @param startedAt when the current attempt started, or {@code null}
 * @param submittedAt when it was submitted, or {@code null} (also after "allow one more try" reopened it)
 * @param firstSubmittedAt when it was first submitted, kept when "allow one more try" reopened it, or {@code null}
 * @param resets how many earlier attempts the teacher reset (they stay stored but no longer count)
 * @param questions every question of the pinned module in reading order, answered or not
 */
public record StudentWork(
        Assignment assignment,
        long studentId,
        String studentName,
        boolean started,
        Instant startedAt,
        Instant submittedAt,
        Instant firstSubmittedAt,
        int resets,
        List<QuestionWork> questions) {

    /** Copies the list. */
    public StudentWork {
        questions = List.copyOf(questions);
    }

    /**
     * One question of a student's current attempt.
     *
     * @param questionId the question
     * @param number the question's number in the module, from 1 in reading order
     * @param type the question type's name, e.g. {@code open}
     * @param prompt the prompt as plain text
     * @param answerText the latest answer as plain text, or {@code null} when not answered
     * @param responseId the latest response's id (for grading an open answer), or {@code null} when not answered
     * @param answeredAt when the latest answer was given, or {@code null}
     * @param points the points of the latest answer (0 while an open answer waits for review)
     * @param maxPoints the question's points
     * @param correct whether the latest answer earned all points of its grade
     * @param pendingReview an open answer waiting for review
     * @param triesUsed how many times the student answered
     * @param triesAllowed the assignment's tries plus those the teacher granted
     * @param extraTries the tries the teacher granted
     * @param review the teacher's review of the latest answer, or {@code null}
     * @param scale for open questions the rubric and allowed points, otherwise {@code null}
     */
    public record QuestionWork(
            String questionId,
            int number,
            String type,
            String prompt,
            String answerText,
            Long responseId,
            Instant answeredAt,
            double points,
            double maxPoints,
            boolean correct,
            boolean pendingReview,
            int triesUsed,
            int triesAllowed,
            int extraTries,
            Review review,
            GradingScale scale) {

        /** Whether the student answered this question in the current attempt. */
        public boolean answered() {
            return answerText != null;
        }
    }

    /**
     * A teacher's review of an open answer.
     *
     * @param points the points given
     * @param comment the comment to the student, or {@code null}
     * @param reviewedAt when it was (last) graded
     */
    public record Review(double points, String comment, Instant reviewedAt) {}
}
