package app.lectern.account;

import app.lectern.account.LoginThrottle.Policy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down what one client address does anonymously besides logging in: guessing class join codes, creating
 * student accounts through a code, and signing up teachers. Like {@link LoginThrottle}, a few events are free,
 * then each further one doubles the wait up to a cap, and counters are forgotten an hour after the last event.
 * A whole school often shares one address, so the free allowances fit a class joining at once.
 *
 * <p>Only requests with a client address are counted: calls from startup code, outside any HTTP request, are
 * not throttled. {@code lectern.throttle.enabled=false} switches it off (the test suite does, since every Spring
 * test request comes from 127.0.0.1 and the suite signs up far more than 10 teachers). State is in memory, per
 * instance, bounded.
 */
public final class AddressThrottle {

    /** What is counted. */
    public enum Kind {
        /** A wrong or archived class code: 20 free, then 30 s, 60 s, … up to 15 minutes. */
        WRONG_JOIN_CODE(new Policy(20, Duration.ofSeconds(30), Duration.ofMinutes(15))),
        /** A student account created with a class code: 150 free, then 30 s, … up to 10 minutes. */
        NEW_STUDENT(new Policy(150, Duration.ofSeconds(30), Duration.ofMinutes(10))),
        /** A teacher sign-up attempt: 10 free, then 1 minute, 2, … up to an hour. */
        SIGN_UP(new Policy(10, Duration.ofMinutes(1), Duration.ofHours(1)));

        private final Policy policy;

        Kind(Policy policy) {
            this.policy = policy;
        }
    }

    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 100_000;

    private record Counter(int events, Instant blockedUntil, Instant last) {}

    private final Clock clock;
    private final boolean enabled;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** Creates an enabled throttle that reads time from the clock. */
    public AddressThrottle(Clock clock) {
        this(clock, true);
    }

    /** Creates a throttle that reads time from the clock; a disabled one never blocks. */
    public AddressThrottle(Clock clock, boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
    }

    /**
     * The client address of the current HTTP request, if there is one: the peer's, or the one a proxy listed in
     * {@code lectern.trusted-proxies} forwarded ({@link TrustedProxies}). Every per-address throttle uses it.
     */
    public static Optional<String> currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? Optional.ofNullable(a.getRequest().getRemoteAddr())
                : Optional.empty();
    }

    /** How long the current request's address must wait before doing this again; empty if it may go ahead. */
    public Optional<Duration> blocked(Kind kind) {
        if (!enabled) {
            return Optional.empty();
        }
        return currentAddress().flatMap(address -> blocked(kind, address));
    }

    /** Counts one event of the current request's address. */
    public void record(Kind kind) {
        if (!enabled) {
            return;
        }
        currentAddress().ifPresent(address -> record(kind, address));
    }

    Optional<Duration> blocked(Kind kind, String address) {
        Instant now = clock.instant();
        Counter c = counters.get(key(kind, address));
        if (c == null || c.blockedUntil() == null || !now.isBefore(c.blockedUntil())) {
            return Optional.empty();
        }
        long millis = Duration.between(now, c.blockedUntil()).toMillis();
        return Optional.of(Duration.ofSeconds((millis + 999) / 1000));
    }

    void record(Kind kind, String address) {
        Instant now = clock.instant();
        makeRoom(now);
        counters.compute(key(kind, address), (k, old) -> {
            int events = old == null || forgotten(old, now) ? 1 : old.events() + 1;
            Duration delay = kind.policy.delayAfter(events);
            return new Counter(events, delay.isZero() ? null : now.plus(delay), now);
        });
    }

    private static String key(Kind kind, String address) {
        return kind.name() + "|" + address;
    }

    private static boolean forgotten(Counter c, Instant now) {
        Instant end = c.blockedUntil() != null && c.blockedUntil().isAfter(c.last()) ? c.blockedUntil() : c.last();
        return !now.isBefore(end.plus(FORGET_AFTER));
    }

    private void makeRoom(Instant now) {
        if (counters.size() < MAX_ENTRIES) {
            return;
        }
        counters.values().removeIf(c -> forgotten(c, now));
        Iterator<String> it = counters.keySet().iterator();
        while (counters.size() >= MAX_ENTRIES && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
