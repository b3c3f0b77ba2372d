package app.lectern.answering;

import app.lectern.question.Grade;

/**
 * A graded response as a store keeps it: the part the pipeline reads back to build feedback and results. Self-study
 * and assignments store responses in different tables; both read them through this.
 */
public interface StoredResponse {

    /** The try this response was, from 1. */
    int tryNo();

    /** The points it earned after the retry and hint policy (0 while an open answer waits for review). */
    double points();

    /** The question's points when it was answered. */
    double maxPoints();

    /** The share of the points the answer deserved, before the policy. */
    double fraction();

    /** Whether an open answer waits for a teacher. */
    boolean pending();

    /** Whether the learner took the hint before this response. */
    default boolean hintUsed() {
        return false;
    }

    /** Whether a teacher reviewed this open answer. */
    default boolean reviewed() {
        return false;
    }

    /** The teacher's comment on a reviewed answer, or {@code null}. */
    default String teacherComment() {
        return null;
    }

    /** The grade as stored. */
    default Grade grade() {
        return new Grade(fraction(), pending());
    }
}
