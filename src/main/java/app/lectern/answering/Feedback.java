package app.lectern.answering;

import app.lectern.content.Evidence;

/**
 * What the learner is shown after submitting one question. Created only by the server after the response has
 * been graded and stored; nothing of the key reaches the browser before that.
 *
 * @param questionId the question
 * @param score points earned after the retry and hint policy
 * @param maxPoints the question's points
 * @param correct every point of the grade earned (before penalties)
 * @param partial some but not all points
 * @param pendingReview an open answer: not scored automatically
 * @param explanation why the key is right
 * @param optionFeedback per-option feedback for the options the learner picked, or {@code null}; of several picks
 *     (multiple choice) only once the question is settled (see {@link KeyRelease})
 * @param correctAnswer the key as plain text a learner can read (e.g. "February 2022"), or {@code null}
 * @param modelAnswer the model answer of an open question, or {@code null}
 * @param evidence where the answer stands, section resolved
 * @param attemptsUsed how many times the learner has submitted this question
 * @param attemptsLeft how many more tries are allowed
 * @param teacherComment the teacher's comment on a reviewed open answer of an assignment, shown with the reviewed
 *     points; {@code null} in self-study, before a review, without a comment, and while feedback is withheld
 * @param hintUsed whether the learner took the hint before answering (it cost points), so the feedback can say why
 *     points were taken
 * @param parts of an answer with several parts graded one by one, how many are right and, once the question is
 *     settled, which (see {@link KeyRelease}); {@code null} for other types and while feedback is withheld
 */
public record Feedback(
        String questionId,
        double score,
        double maxPoints,
        boolean correct,
        boolean partial,
        boolean pendingReview,
        String explanation,
        String optionFeedback,
        String correctAnswer,
        String modelAnswer,
        Evidence evidence,
        int attemptsUsed,
        int attemptsLeft,
        String teacherComment,
        boolean hintUsed,
        PartResults parts) {

    /**
     * Whether the learner may try this question again (or revise an open answer waiting for review, in an assignment
     * that is not submitted yet: an answer that stands has no tries left).
     */
    public boolean canRetry() {
        return !correct && attemptsLeft > 0;
    }

    /** Whether a right answer earned less than its points because of retries or the hint. */
    public boolean rightWithDeduction() {
        return correct && !pendingReview && score < maxPoints - 1e-9;
    }
}
