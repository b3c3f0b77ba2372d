package app.lectern.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of every Spring test context ({@link LecternSpringTest}): the real time, moved forward by the tests
 * that need a deadline to pass. One per test JVM, set back to the real time before each test by {@link BetweenTests}, so a
 * test that moves it never moves the next one's time.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock(null);

    private final Instant start;
    private volatile Duration shift = Duration.ZERO;

    private TestClock(Instant start) {
        this.start = start;
    }

    /** A clock of its own for unit tests, standing at this instant until moved. */
    public static TestClock startingAt(Instant start) {
        return new TestClock(start);
    }

    /** The clock the Spring test contexts use. */
    public static TestClock get() {
        return INSTANCE;
    }

    /** Moves the time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        shift = shift.plus(by);
    }

    /** Back to the real time (or the start instant). */
    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return (start == null ? Instant.now() : start).plus(shift);
    }
}
