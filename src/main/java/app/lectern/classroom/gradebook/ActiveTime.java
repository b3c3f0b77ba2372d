package app.lectern.classroom.gradebook;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Time spent on an assignment as <em>active</em> time: the sum of the gaps between a student's consecutive events
 * (opening the attempt, each answer) that are no longer than a threshold. A student who opens the assignment on
 * Monday and finishes it on Thursday has not worked for three days; a gap longer than the threshold counts as a
 * break and adds nothing.
 */
public final class ActiveTime {

    /** Gaps longer than this are breaks. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofMinutes(5);

    private ActiveTime() {}

    /**
     * The active time of these events, in any order.
     *
     * @param events when the student did something (nulls are skipped)
     * @param threshold the longest gap that still counts as working; must not be negative
     * @return the sum of the gaps of at most {@code threshold}; zero for fewer than two events
     */
    public static Duration of(Collection<Instant> events, Duration threshold) {
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("the threshold must not be negative: " + threshold);
        }
        List<Instant> sorted = events.stream().filter(Objects::nonNull).sorted().toList();
        Duration total = Duration.ZERO;
        for (int i = 1; i < sorted.size(); i++) {
            Duration gap = Duration.between(sorted.get(i - 1), sorted.get(i));
            if (gap.compareTo(threshold) <= 0) {
                total = total.plus(gap);
            }
        }
        return total;
    }
}
