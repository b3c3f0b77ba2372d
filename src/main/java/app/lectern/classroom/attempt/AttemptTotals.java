package app.lectern.classroom.attempt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the totals the gradebook sorts by ({@code points}, {@code answered}, {@code pending},
 * {@code active_seconds} of {@code assignment_attempt}) equal to what the attempt's responses give. Every path that
 * changes them calls {@link #recompute} in its own transaction; it reads only that attempt's rows.
 */
@Component
class AttemptTotals {

    /** Gaps between a student's events longer than this are breaks (as the gradebook's {@code ActiveTime}). */
    static final Duration BREAK = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(AttemptTotals.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    AttemptTotals(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * What an attempt's responses add up to.
     *
     * @param activeSeconds {@code null} before the first answer
     */
    record Totals(double points, int answered, int pending, Double activeSeconds) {}

    /** Recomputes and stores the attempt's totals, in the caller's transaction. */
    void recompute(long attemptId) {
        store(attemptId, compute(attemptId), false);
    }

    /** The attempt's totals computed from its responses now (what the stored ones must equal). */
    Totals compute(long attemptId) {
        Instant[] attempt = jdbc.sql("select started_at, submitted_at from assignment_attempt where id = ?")
                .param(attemptId)
                .query((rs, n) -> new Instant[] {instant(rs, "started_at"), instant(rs, "submitted_at")})
                .single();
        Map<String, double[]> latest = new HashMap<>(); // question -> seq, points, max, pending
        List<Instant> events = new ArrayList<>();
        events.add(attempt[0]);
        if (attempt[1] != null) {
            events.add(attempt[1]);
        }
        jdbc.sql("select question_id, seq, points, max_points, pending, created_at from assignment_response"
                        + " where attempt_id = ?")
                .param(attemptId)
                .query((RowCallbackHandler) rs -> {
                    events.add(instant(rs, "created_at"));
                    double[] row = {
                        rs.getInt("seq"),
                        rs.getDouble("points"),
                        rs.getDouble("max_points"),
                        rs.getBoolean("pending") ? 1 : 0
                    };
                    latest.merge(rs.getString("question_id"), row, (a, b) -> a[0] >= b[0] ? a : b);
                });
        double points = 0;
        int pending = 0;
        for (double[] r : latest.values()) {
            if (r[3] > 0) {
                pending++;
            } else {
                points += Math.min(r[1], r[2]);
            }
        }
        return new Totals(points, latest.size(), pending, latest.isEmpty() ? null : activeSeconds(events));
    }

    private static double activeSeconds(List<Instant> events) {
        List<Instant> sorted = events.stream().sorted().toList();
        long nanos = 0;
        for (int i = 1; i < sorted.size(); i++) {
            Duration gap = Duration.between(sorted.get(i - 1), sorted.get(i));
            if (gap.compareTo(BREAK) <= 0) {
                nanos += gap.toNanos();
            }
        }
        return nanos / 1e9;
    }

    private void store(long attemptId, Totals t, boolean onlyMissing) {
        jdbc.sql("update assignment_attempt set points = ?, answered = ?, pending = ?, active_seconds = ?"
                        + " where id = ?" + (onlyMissing ? " and points is null" : ""))
                .params(t.points(), t.answered(), t.pending(), t.activeSeconds(), attemptId)
                .update();
    }

    /**
     * Fills the totals of attempts stored before they existed. Idempotent and safe on several nodes at once: each
     * attempt in its own short transaction, written only while still missing, so it never overwrites the totals an
     * answer stored meanwhile.
     */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        int done = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Long> ids = jdbc.sql("select id from assignment_attempt where points is null and id > ?"
                            + " order by id fetch first 500 rows only")
                    .param(after)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                tx.executeWithoutResult(s -> store(id, compute(id), true));
            }
            done += ids.size();
            after = ids.getLast();
        }
        if (done > 0) {
            log.info("Computed the stored totals of {} attempts", done);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
