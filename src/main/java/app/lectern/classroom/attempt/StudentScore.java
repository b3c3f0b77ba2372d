package app.lectern.classroom.attempt;

import java.time.Instant;

/**
 * A student's current result at an assignment, for a service that passes it on (an LMS gradebook).
 *
 * @param points points earned: automatically scored answers and reviewed open answers (latest answer each)
 * @param maxPoints every question's points, open ones included
 * @param pendingOpen open answers still waiting for the teacher's review
 * @param submittedAt when the current attempt was submitted, or {@code null} when it is not (or no longer) submitted
 * @param everSubmitted whether it was submitted at least once (a teacher's grant may have reopened it)
 * @param feedbackReleased whether the student may see their score now ({@link app.lectern.classroom.FeedbackTiming})
 * @param releasedAt when a withheld score becomes visible without anything else happening (the due date, for
 *     feedback after the due date on a submitted attempt), or {@code null}
 */
public record StudentScore(
        double points,
        double maxPoints,
        int pendingOpen,
        Instant submittedAt,
        boolean everSubmitted,
        boolean feedbackReleased,
        Instant releasedAt) {}
