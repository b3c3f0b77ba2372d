package app.lectern.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock another person out.
 *
 * <p>Failures are counted per (login name, client address) pair and per client address. After a few free
 * failures each further one doubles the wait, up to a cap; a correct password resets the pair. An account is
 * never locked outright, so failures from elsewhere do not affect its owner.
 *
 * <p>In a classroom, everyone shares one address, so a classmate could still slow down "maria" from that
 * address. Against that, a browser in which a login succeeded gets a random device token (a cookie): attempts
 * with a valid token for that login are counted on their own counter, not on the shared pair, and are exempt
 * from the per-address limit. The classmate's failures do not touch Maria's own browser.
 *
 * <p>Across addresses, failures per login name are counted too (a botnet gets no free guesses per address):
 * 20 free, then 15 s, 30 s, … capped at 5 minutes. That is a growing delay, never a lockout: once the wait is
 * over, the next attempt is checked. Attempts from a trusted browser skip this counter, so nobody can slow down
 * the owner in the browser they already use; a correct password from anywhere resets it.
 *
 * <p>An attempt reserves its check before the password is hashed: in one step the waits are checked and the
 * attempt is counted as a failure, and a correct password takes that back. Only one attempt per login name is
 * checked at a time; others arriving meanwhile are refused at once. So parallel guesses get no more checks than
 * sequential ones (before, 30 parallel guesses were all checked).
 *
 * <p>State is in memory (bounded, entries forgotten an hour after the last failure; device tokens after 30
 * days), so it resets on restart and is per instance; that is enough for a single-node school server.
 */
public final class LoginThrottle {

    /** How a counter turns failures into waits. */
    record Policy(int freeFailures, Duration firstDelay, Duration maxDelay) {

        Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 20);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** Per login and address: 5 free failures, then 15 s, 30 s, … up to 15 minutes. */
    static final Policy PAIR = new Policy(5, Duration.ofSeconds(15), Duration.ofMinutes(15));

    /** Per address (a whole school may share one): 50 free failures, then 30 s, 60 s, … up to 10 minutes. */
    static final Policy ADDRESS = new Policy(50, Duration.ofSeconds(30), Duration.ofMinutes(10));

    /** Per login across all addresses: 20 free failures, then 15 s, 30 s, … up to 5 minutes. */
    static final Policy ACCOUNT = new Policy(20, Duration.ofSeconds(15), Duration.ofMinutes(5));

    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration DEVICE_TTL = Duration.ofDays(30);
    static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Set<String> checking = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    /** Creates a throttle that reads time from the clock. */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Counter(int failures, Instant blockedUntil, Instant lastFailure) {}

    private record Device(Set<String> logins, Instant expires) {}

    /**
     * How long the attempt must wait, or empty if it may go ahead.
     *
     * @param deviceToken the device cookie's value, or {@code null}
     */
    public Optional<Duration> blocked(String loginName, String address, String deviceToken) {
        Instant now = clock.instant();
        String login = AccountService.normalizeLogin(loginName);
        boolean trusted = trusted(login, deviceToken, now);
        Duration wait = remaining(pairKey(login, address, deviceToken, trusted), now);
        if (!trusted) {
            for (String key : new String[] {addressKey(address), accountKey(login)}) {
                Duration other = remaining(key, now);
                wait = wait.compareTo(other) >= 0 ? wait : other;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Reserves one password check, before the password is hashed: refused while the caller must wait or another
     * check of the same login name is under way, otherwise counted as a failure until {@link
     * Attempt#succeeded()} says otherwise. The caller closes the attempt when the check is over.
     *
     * @throws LoginThrottledException when the attempt may not be checked now
     */
    public Attempt reserve(String loginName, String address, String deviceToken) {
        String login = AccountService.normalizeLogin(loginName);
        synchronized (this) {
            if (!checking.add(login)) {
                throw new LoginThrottledException(Duration.ofSeconds(1));
            }
            Optional<Duration> wait = blocked(loginName, address, deviceToken);
            if (wait.isPresent()) {
                checking.remove(login);
                throw new LoginThrottledException(wait.get());
            }
            failed(loginName, address, deviceToken);
        }
        return new Attempt(login, address, deviceToken, trusted(login, deviceToken, clock.instant()));
    }

    /** A reserved password check, counted as a failure unless it succeeds. */
    public final class Attempt implements AutoCloseable {

        private final String login;
        private final String address;
        private final String deviceToken;
        private final boolean trusted;

        private Attempt(String login, String address, String deviceToken, boolean trusted) {
            this.login = login;
            this.address = address;
            this.deviceToken = deviceToken;
            this.trusted = trusted;
        }

        /**
         * The password was right: takes back the failure counted for the address and records the success.
         *
         * @return the device token the browser should keep
         */
        public String succeeded() {
            if (!trusted) {
                // a whole school signing in correctly from one address must not add up to a wait
                counters.computeIfPresent(addressKey(address), (k, c) -> refunded(c, ADDRESS));
            }
            return LoginThrottle.this.succeeded(login, address, deviceToken);
        }

        /** Ends the check, so the next attempt of this login name may be checked. */
        @Override
        public void close() {
            checking.remove(login);
        }
    }

    private static Counter refunded(Counter c, Policy policy) {
        if (c.failures() <= 1) {
            return null;
        }
        Duration delay = policy.delayAfter(c.failures() - 1);
        return new Counter(
                c.failures() - 1, delay.isZero() ? null : c.lastFailure().plus(delay), c.lastFailure());
    }

    /** Counts a wrong password (or unknown login). */
    public void failed(String loginName, String address, String deviceToken) {
        Instant now = clock.instant();
        String login = AccountService.normalizeLogin(loginName);
        boolean trusted = trusted(login, deviceToken, now);
        count(pairKey(login, address, deviceToken, trusted), PAIR, now);
        if (!trusted) {
            count(addressKey(address), ADDRESS, now);
            count(accountKey(login), ACCOUNT, now);
        }
    }

    /**
     * Records a successful login: resets the pair and trusts the browser for this login.
     *
     * @return the device token the browser should keep (the given one if still valid, else a new one)
     */
    public String succeeded(String loginName, String address, String deviceToken) {
        Instant now = clock.instant();
        String login = AccountService.normalizeLogin(loginName);
        counters.remove(pairKey(login, address, deviceToken, false));
        counters.remove(accountKey(login));
        String token = deviceToken != null && devices.containsKey(deviceToken) ? deviceToken : newToken();
        counters.remove(pairKey(login, address, token, true));
        makeRoom(devices, now);
        devices.compute(token, (t, old) -> {
            Set<String> logins = new HashSet<>(old == null || expired(old, now) ? Set.of() : old.logins());
            logins.add(login);
            return new Device(Set.copyOf(logins), now.plus(DEVICE_TTL));
        });
        return token;
    }

    private boolean trusted(String login, String deviceToken, Instant now) {
        if (deviceToken == null) {
            return false;
        }
        Device device = devices.get(deviceToken);
        return device != null && !expired(device, now) && device.logins().contains(login);
    }

    private static boolean expired(Device device, Instant now) {
        return !now.isBefore(device.expires());
    }

    private static String pairKey(String login, String address, String deviceToken, boolean trusted) {
        return trusted ? "d|" + deviceToken + "|" + login : "p|" + address + "|" + login;
    }

    private static String accountKey(String login) {
        return "l|" + login;
    }

    private static String addressKey(String address) {
        return "a|" + address;
    }

    private Duration remaining(String key, Instant now) {
        Counter c = counters.get(key);
        if (c == null || c.blockedUntil() == null || !now.isBefore(c.blockedUntil())) {
            return Duration.ZERO;
        }
        // round up, so "try again in N seconds" never says 0
        long millis = Duration.between(now, c.blockedUntil()).toMillis();
        return Duration.ofSeconds((millis + 999) / 1000);
    }

    private void count(String key, Policy policy, Instant now) {
        makeRoom(counters, now);
        counters.compute(key, (k, old) -> {
            int failures = old == null || forgotten(old, now) ? 1 : old.failures() + 1;
            Duration delay = policy.delayAfter(failures);
            return new Counter(failures, delay.isZero() ? null : now.plus(delay), now);
        });
    }

    private static boolean forgotten(Counter c, Instant now) {
        Instant blockEnd = c.blockedUntil() == null ? c.lastFailure() : c.blockedUntil();
        Instant latest = blockEnd.isAfter(c.lastFailure()) ? blockEnd : c.lastFailure();
        return !now.isBefore(latest.plus(FORGET_AFTER));
    }

    /** Keeps the maps bounded: drops stale entries first, then arbitrary ones (an attacker flooding us only resets counters). */
    private <V> void makeRoom(Map<String, V> map, Instant now) {
        if (map.size() < MAX_ENTRIES) {
            return;
        }
        map.values().removeIf(v -> v instanceof Counter c ? forgotten(c, now) : expired((Device) v, now));
        Iterator<String> it = map.keySet().iterator();
        while (map.size() >= MAX_ENTRIES && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Number of tracked entries, for tests. */
    int size() {
        return counters.size() + devices.size();
    }
}
