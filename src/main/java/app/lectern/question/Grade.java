package app.lectern.question;

/**
 * The outcome of grading one response, before any retry or hint policy is applied.
 *
 * @param fraction share of the question's points earned, 0 to 1
 * @param pending true when a person must grade it (an {@code open} question); the fraction is then 0
 */
public record Grade(double fraction, boolean pending) {

    /** Rejects fractions outside 0..1. */
    public Grade {
        if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1: " + fraction);
        }
    }

    /** An automatic grade. */
    public static Grade of(double fraction) {
        return new Grade(fraction, false);
    }

    /** A response that waits for a teacher. */
    public static Grade pendingReview() {
        return new Grade(0, true);
    }

    /** Whether every point was earned. */
    public boolean fullyRight() {
        return !pending && fraction >= 1.0 - 1e-9;
    }
}
