package app.lectern.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many notes one learner may save (add or change) per minute and per hour, in memory per instance, bounded and
 * forgotten after an hour: the caps bound what is stored, this bounds how fast a script can churn rows.
 */
@Component
class NoteAllowance {

    static final int PER_MINUTE = 30;
    static final int PER_HOUR = 300;
    static final int MAX_ENTRIES = 50_000;

    private record Window(Instant minute, int inMinute, Instant hour, int inHour) {}

    private final Clock clock;
    private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    NoteAllowance(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one save from the learner's allowance.
     *
     * @throws NoteRefusedException when it is used up; nothing is taken then
     */
    synchronized void take(UUID learner) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_ENTRIES) {
            windows.values().removeIf(w -> !now.isBefore(w.hour().plus(Duration.ofHours(1))));
            if (windows.size() >= MAX_ENTRIES) {
                windows.clear();
            }
        }
        Window w = windows.get(learner);
        boolean sameMinute = w != null && now.isBefore(w.minute().plus(Duration.ofMinutes(1)));
        boolean sameHour = w != null && now.isBefore(w.hour().plus(Duration.ofHours(1)));
        int minute = sameMinute ? w.inMinute() : 0;
        int hour = sameHour ? w.inHour() : 0;
        if (minute >= PER_MINUTE || hour >= PER_HOUR) {
            throw new NoteRefusedException("notes.refused.too-fast");
        }
        windows.put(
                learner, new Window(sameMinute ? w.minute() : now, minute + 1, sameHour ? w.hour() : now, hour + 1));
    }
}
