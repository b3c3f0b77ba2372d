package app.lectern.lti;

import java.time.Instant;

/**
 * Where one student's score stands with the learning platform, as the teacher sees it.
 *
 * @param studentId the student's account id
 * @param displayName the student's name
 * @param platform the registration's name (an assignment may be linked from more than one platform)
 * @param state what happened last
 * @param sentAt when a score last reached the platform, or {@code null}
 * @param sentSummary what was sent last, as a code ({@code score 7/10}, {@code partial 5/10}, {@code withheld},
 *     {@code in-progress}, {@code not-started}), or {@code null}
 * @param tries failed tries since the last change
 * @param nextTry when the next try is due, or {@code null}
 * @param errorKey the message key of the last failure, or {@code null}
 * @param errorArgs its arguments
 */
public record GradeSyncStatus(
        long studentId,
        String displayName,
        String platform,
        State state,
        Instant sentAt,
        String sentSummary,
        int tries,
        Instant nextTry,
        String errorKey,
        java.util.List<String> errorArgs) {

    /** Copies the arguments. */
    public GradeSyncStatus {
        errorArgs = errorArgs == null ? java.util.List.of() : java.util.List.copyOf(errorArgs);
    }

    /** What happened last. */
    public enum State {
        /** Nothing queued yet (the student has not submitted). */
        NONE,
        /** Queued, not tried yet. */
        PENDING,
        /** Tried and failed; tried again at {@code nextTry}. */
        RETRYING,
        /** Reached the platform. */
        SENT,
        /** Given up after a day of failures; a teacher may send it again. */
        FAILED
    }
}
