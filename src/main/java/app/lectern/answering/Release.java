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
 */
public record Release(boolean feedbackReleased, int triesAllowed, boolean closed, boolean tryGrantedAfter) {

    /** Self-study: feedback always shown, the policy's tries, never closed, no teacher. */
    public static Release selfStudy(RetryPolicy policy) {
        return new Release(true, policy.attemptsPerQuestion(), false, false);
    }
}
