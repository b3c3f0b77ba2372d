package app.lectern.study;

import app.lectern.account.AddressThrottle;
import app.lectern.config.LecternProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many self-study responses may be stored: per learner, and for anonymous learners also per client address
 * (a new anonymous learner costs nothing but dropping a cookie), each per minute and per hour. Without it, one
 * client could store 20,000-character answers as fast as it can send them. The allowances fit a class answering
 * at once; counters are in memory, per instance, bounded, forgotten after an hour. The address counts only while
 * {@code lectern.throttle.enabled} (the test suite turns it off: every mock request comes from one address).
 */
@Component
class SaveAllowance {

    /** Responses one learner may store in a minute: a module's every try takes longer. */
    static final int LEARNER_PER_MINUTE = 60;

    /** Responses one learner may store in an hour. */
    static final int LEARNER_PER_HOUR = 600;

    /** Responses the anonymous learners of one address may store in a minute: a class of 30, three each. */
    static final int ADDRESS_PER_MINUTE = 100;

    /** Responses the anonymous learners of one address may store in an hour. */
    static final int ADDRESS_PER_HOUR = 1_500;

    static final int MAX_ENTRIES = 100_000;

    private record Window(Instant minute, int inMinute, Instant hour, int inHour) {}

    private final Clock clock;
    private final boolean addressCounted;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    SaveAllowance(Clock clock, LecternProperties properties) {
        this(clock, properties.throttle().enabled());
    }

    SaveAllowance(Clock clock, boolean addressCounted) {
        this.clock = clock;
        this.addressCounted = addressCounted;
    }

    /**
     * Takes one stored response from the allowances of the learner and, for an anonymous learner, of the current
     * request's address.
     *
     * @throws SavingTooFastException when an allowance is used up; nothing is taken then
     */
    void take(Object learner, boolean anonymous) {
        Optional<String> address = anonymous && addressCounted ? AddressThrottle.currentAddress() : Optional.empty();
        take(learner, address);
    }

    /** {@link #take(Object, boolean)} with the address given; empty for none. */
    synchronized void take(Object learner, Optional<String> address) {
        Instant now = clock.instant();
        makeRoom(now);
        String learnerKey = "learner|" + learner;
        String addressKey = address.map(a -> "address|" + a).orElse(null);
        Window l = current(learnerKey, now);
        Window a = addressKey == null ? null : current(addressKey, now);
        if (l.inMinute() >= LEARNER_PER_MINUTE
                || l.inHour() >= LEARNER_PER_HOUR
                || (a != null && (a.inMinute() >= ADDRESS_PER_MINUTE || a.inHour() >= ADDRESS_PER_HOUR))) {
            throw new SavingTooFastException();
        }
        windows.put(learnerKey, counted(l));
        if (a != null) {
            windows.put(addressKey, counted(a));
        }
    }

    private Window current(String key, Instant now) {
        Window w = windows.get(key);
        boolean sameMinute = w != null && now.isBefore(w.minute().plus(Duration.ofMinutes(1)));
        boolean sameHour = w != null && now.isBefore(w.hour().plus(Duration.ofHours(1)));
        return new Window(
                sameMinute ? w.minute() : now,
                sameMinute ? w.inMinute() : 0,
                sameHour ? w.hour() : now,
                sameHour ? w.inHour() : 0);
    }

    private static Window counted(Window w) {
        return new Window(w.minute(), w.inMinute() + 1, w.hour(), w.inHour() + 1);
    }

    private void makeRoom(Instant now) {
        if (windows.size() < MAX_ENTRIES) {
            return;
        }
        windows.values().removeIf(w -> !now.isBefore(w.hour().plus(Duration.ofHours(1))));
        Iterator<String> it = windows.keySet().iterator();
        while (windows.size() >= MAX_ENTRIES && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
