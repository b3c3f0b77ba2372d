package app.lectern.lti;

import java.time.Duration;

/** When a failed call to a platform is tried again: 1 minute, then twice as long each time, at most an hour apart. */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration MAX = Duration.ofHours(1);

    /** How long a row keeps being retried after it was queued; then it is marked failed (a teacher may resend). */
    static final Duration GIVE_UP = Duration.ofHours(24);

    private Backoff() {}

    /** The wait after the given number of failed tries (1 for the first failure). */
    static Duration after(int failedTries) {
        int doublings = Math.max(0, Math.min(failedTries - 1, 10));
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
