package app.lectern.classroom;

import java.time.LocalDateTime;

/**
 * What a teacher chooses when assigning a module. Dates are wall-clock times in the class's time zone.
 *
 * @param moduleId the module to assign; its current version is pinned
 * @param title the title students see
 * @param opensAt when students can see it
 * @param dueAt when it is due; after {@code opensAt}
 * @param attemptsPerQuestion 1 to 10
 * @param feedbackTiming when feedback and explanations show
 * @param shuffleOptions whether choice options are shuffled per student
 * @param lateAccepted whether work after the due date is accepted
 * @param selfStudyKeyHeldBack whether the module's self-study shows the class's signed-in students no key text,
 *     explanations, model answers or evidence while the assignment is open
 * @param notesShared whether the students share their highlights and notes of the assignment with the teacher
 */
public record AssignmentSettings(
        String moduleId,
        String title,
        LocalDateTime opensAt,
        LocalDateTime dueAt,
        int attemptsPerQuestion,
        FeedbackTiming feedbackTiming,
        boolean shuffleOptions,
        boolean lateAccepted,
        boolean selfStudyKeyHeldBack,
        boolean notesShared) {

    /** Settings whose notes stay the students' own. */
    public AssignmentSettings(
            String moduleId,
            String title,
            LocalDateTime opensAt,
            LocalDateTime dueAt,
            int attemptsPerQuestion,
            FeedbackTiming feedbackTiming,
            boolean shuffleOptions,
            boolean lateAccepted,
            boolean selfStudyKeyHeldBack) {
        this(
                moduleId,
                title,
                opensAt,
                dueAt,
                attemptsPerQuestion,
                feedbackTiming,
                shuffleOptions,
                lateAccepted,
                selfStudyKeyHeldBack,
                false);
    }

    /** Settings that leave the module's self-study as it is. */
    public AssignmentSettings(
            String moduleId,
            String title,
            LocalDateTime opensAt,
            LocalDateTime dueAt,
            int attemptsPerQuestion,
            FeedbackTiming feedbackTiming,
            boolean shuffleOptions,
            boolean lateAccepted) {
        this(moduleId, title, opensAt, dueAt, attemptsPerQuestion, feedbackTiming, shuffleOptions, lateAccepted, false);
    }

    /** The smallest number of attempts per question. */
    public static final int MIN_ATTEMPTS = 1;

    /** The largest number of attempts per question. */
    public static final int MAX_ATTEMPTS = 10;
}
