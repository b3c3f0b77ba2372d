package app.lectern.answering;

import app.lectern.scoring.RetryPolicy;

/**
 * What decides how much of one question's feedback is released (see {@link KeyRelease}).
 *
 * @param feedbackReleased whether feedback is shown now: always in self-study, in an assignment as its feedback
 *     timing says (immediately, once submitted, once due)
 * @param triesAllowed how many tries the question allows
 * @param closed whether no more answers are accepted at all (an assignment submitted or closed by its due date)
 * @param tryGrantedAfter whether a teacher granted another try after the response, so even a right or reviewed
 *     answer no longer stands
 * @param openAnswersRevisable whether an open answer waiting for review may be revised while answers are accepted
 *     (an assignment, until it is submitted or closed): then it does not stand, and its model answer and
 *     explanation wait like any key
 * @param keyHeldBack whether key text, explanation, model answer, evidence and option feedback stay back even
 *     once the question is settled: self-study of a module while the learner's class has it open as an assignment
 *     whose teacher chose so
 */
public record Release(
        boolean feedbackReleased,
        int triesAllowed,
        boolean closed,
        boolean tryGrantedAfter,
        boolean openAnswersRevisable,
        boolean keyHeldBack) {

    /** A release that holds back nothing once the question is settled. */
    public Release(
            boolean feedbackReleased, int triesAllowed, boolean closed, boolean tryGrantedAfter, boolean revisable) {
        this(feedbackReleased, triesAllowed, closed, tryGrantedAfter, revisable, false);
    }

    /** The same release with the key held back ({@link #keyHeldBack}). */
    public Release withKeyHeldBack() {
        return new Release(feedbackReleased, triesAllowed, closed, tryGrantedAfter, openAnswersRevisable, true);
    }

    /** A release in which an open answer waiting for review stands at once (as in self-study). */
    public Release(boolean feedbackReleased, int triesAllowed, boolean closed, boolean tryGrantedAfter) {
        this(feedbackReleased, triesAllowed, closed, tryGrantedAfter, false);
    }

    /**
     * Self-study: feedback always shown, the policy's tries (pass the policy {@linkplain RetryPolicy#forQuestion for
     * the question}), never closed, no teacher.
     */
    public static Release selfStudy(RetryPolicy policy) {
        return new Release(true, policy.attemptsPerQuestion(), false, false);
    }
}
