package app.lectern.classroom;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A module assigned to a class, pinned to the module version current when it was assigned.
 *
 * @param id the assignment id
 * @param classId the class
 * @param className the class name
 * @param zone the class's time zone, in which dates are shown
 * @param moduleId the module
 * @param moduleVersion the pinned module version (its text is kept in a snapshot)
 * @param title the title students see
 * @param opensAt when students can see it
 * @param dueAt when it is due
 * @param attemptsPerQuestion tries per question
 * @param feedbackTiming when feedback and explanations show
 * @param shuffleOptions whether choice options are shuffled
 * @param lateAccepted whether late work is accepted
 * @param selfStudyKeyHeldBack whether the module's self-study key stays back from the class while it is open
 * @param notesShared whether the students share their highlights and notes of it with the teacher
 */
public record Assignment(
        long id,
        long classId,
        String className,
        ZoneId zone,
        String moduleId,
        int moduleVersion,
        String title,
        Instant opensAt,
        Instant dueAt,
        int attemptsPerQuestion,
        FeedbackTiming feedbackTiming,
        boolean shuffleOptions,
        boolean lateAccepted,
        boolean selfStudyKeyHeldBack,
        boolean notesShared) {

    /**
     * Whether a student's attempt shows its feedback (scores, correctness, comments) now: as the
     * {@link FeedbackTiming} says, the attempt being final once submitted or once the due date closed it.
     *
     * @param submitted whether the attempt is submitted, or was and a teacher's grant reopened it for one question
     * @param now the time asked about
     */
    public boolean feedbackReleased(boolean submitted, Instant now) {
        boolean pastDue = now.isAfter(dueAt);
        boolean closed = submitted || (pastDue && !lateAccepted);
        return feedbackTiming.releasedNow(closed, pastDue);
    }
}
