package app.lectern.lti;

import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.attempt.StudentScore;
import app.lectern.classroom.attempt.StudentScores;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sends what the {@link ScoreOutbox} queued: first creates the line items launches asked for (where the platform
 * granted the line item scope and named none), then posts each due score, built from the student's result at the time
 * of sending. Each row is claimed first ({@code claimed_at}, an update that only one node wins), so two nodes never
 * send the same row; a claim older than {@link #CLAIM_TIMEOUT} (a node that died mid-send) may be taken over. A
 * failure is recorded with its reason and retried after {@link Backoff}; after {@link Backoff#GIVE_UP} the row is
 * marked failed and waits for a teacher's "Send again". No database transaction is held during a call.
 */
@Component
class ScoreSender {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreSender.class);

    /** How long a claim holds: longer than a call's timeouts together. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

    /** The most rows of each kind one run handles. */
    static final int BATCH = 100;

    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

    /** The points of a line item Lectern creates; scores are scaled to it by the platform. */
    static final int LINE_ITEM_MAXIMUM = 100;

    private final JdbcClient jdbc;
    private final LtiRegistrations registrations;
    private final AccessTokens tokens;
    private final PlatformHttp http;
    private final StudentScores scores;
    private final AssignmentAccess assignments;
    private final SubjectLookup subjects;
    private final Clock clock;

    ScoreSender(
            JdbcClient jdbc,
            LtiRegistrations registrations,
            AccessTokens tokens,
            PlatformHttp http,
            StudentScores scores,
            AssignmentAccess assignments,
            SubjectLookup subjects,
            Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.tokens = tokens;
        this.http = http;
        this.scores = scores;
        this.assignments = assignments;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** What one run did. */
    record Run(int lineItemsCreated, int sent, int failed) {}

    /** Creates the due line items, then sends the due scores. */
    Run sendDue() {
        int created = createDueLineItems();
        int sent = 0;
        int failed = 0;
        for (Due row : dueScores()) {
            if (!claim(row)) {
                continue;
            }
            if (send(row)) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Run(created, sent, failed);
    }

    // ---- scores ----

    /** A row due for sending, as read before its claim. */
    record Due(
            long id,
            long registrationId,
            long assignmentId,
            long studentId,
            int version,
            int tries,
            Instant queuedAt,
            Instant lastTimestamp) {}

    /** The rows due now that nobody holds a live claim on, oldest first. */
    List<Due> dueScores() {
        OffsetDateTime now = utc(clock.instant());
        return jdbc.sql("select * from lti_score_outbox where state = ? and due_at <= ?"
                        + " and (claimed_at is null or claimed_at < ?) order by due_at, id fetch first " + BATCH
                        + " rows only")
                .params(
                        ScoreOutbox.State.PENDING.name(),
                        now,
                        utc(clock.instant().minus(CLAIM_TIMEOUT)))
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getLong("registration_id"),
                        rs.getLong("assignment_id"),
                        rs.getLong("student_id"),
                        rs.getInt("version"),
                        rs.getInt("tries"),
                        rs.getObject("queued_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("last_timestamp", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .list();
    }

    /** Claims the row for this sender; false when another claimed it first or it changed since it was read. */
    boolean claim(Due row) {
        Instant now = clock.instant();
        return jdbc.sql("update lti_score_outbox set claimed_at = ? where id = ? and state = ? and version = ?"
                                + " and (claimed_at is null or claimed_at < ?)")
                        .params(
                                utc(now),
                                row.id(),
                                ScoreOutbox.State.PENDING.name(),
                                row.version(),
                                utc(now.minus(CLAIM_TIMEOUT)))
                        .update()
                == 1;
    }

    private boolean send(Due row) {
        try {
            LtiRegistration registration = registrations
                    .find(row.registrationId())
                    .orElseThrow(() -> new LtiException("lti.grades.error.no-registration"));
            URI lineItem = jdbc.sql("select line_item_url from lti_line_item where registration_id = ?"
                            + " and assignment_id = ?")
                    .params(row.registrationId(), row.assignmentId())
                    .query(String.class)
                    .optional()
                    .flatMap(PlatformHttp::url)
                    .orElseThrow(() -> new LtiException("lti.grades.error.no-line-item"));
            String subject = subjects.subject(row.registrationId(), row.studentId())
                    .orElseThrow(() -> new LtiException("lti.grades.error.no-subject"));
            Optional<StudentScore> current = scores.current(row.assignmentId(), row.studentId());
            Instant now = clock.instant();
            // the platform keeps a score only when its timestamp is later than the last one's
            Instant timestamp = row.lastTimestamp() != null && !now.isAfter(row.lastTimestamp())
                    ? row.lastTimestamp().plusMillis(1)
                    : now;
            ScorePayload payload = ScorePayload.of(subject, current, timestamp);
            String token = tokens.token(registration, List.of(AgsScopes.SCORE));
            PlatformHttp.Response response = http.send(PlatformHttp.request(scoresUrl(lineItem))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", SCORE_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(http.write(payload.json())))
                    .build());
            if (response.status() == 401) {
                tokens.forget(registration.id());
            }
            if (!response.ok()) {
                throw new LtiException("lti.grades.error.refused", response.status());
            }
            Instant again = current.map(StudentScore::releasedAt).orElse(null);
            sent(row, payload.summary(), timestamp, again);
            return true;
        } catch (LtiException e) {
            failed(row, e);
            return false;
        } catch (RuntimeException e) {
            LOG.warn("sending score row {} failed", row.id(), e);
            failed(row, new LtiException("lti.grades.error.internal"));
            return false;
        }
    }

    /**
     * Marks the row sent, unless a change arrived while sending (then it stays queued, for the newer score); a score
     * withheld until the due date is queued again for then.
     */
    private void sent(Due row, String summary, Instant timestamp, Instant releasedAt) {
        Instant now = clock.instant();
        boolean again = releasedAt != null;
        int updated = jdbc.sql("update lti_score_outbox set state = ?, due_at = ?, claimed_at = null, tries = 0,"
                        + " last_error = null, sent_at = ?, sent_summary = ?, last_timestamp = ?"
                        + " where id = ? and version = ?")
                .params(
                        again ? ScoreOutbox.State.PENDING.name() : ScoreOutbox.State.SENT.name(),
                        utc(again ? releasedAt.plusSeconds(1) : now),
                        utc(now),
                        summary,
                        utc(timestamp),
                        row.id(),
                        row.version())
                .update();
        if (updated == 0) {
            jdbc.sql("update lti_score_outbox set claimed_at = null, sent_at = ?, sent_summary = ?, last_timestamp = ?"
                            + " where id = ?")
                    .params(utc(now), summary, utc(timestamp), row.id())
                    .update();
        }
    }

    private void failed(Due row, LtiException e) {
        Instant now = clock.instant();
        int tries = row.tries() + 1;
        // a student who joined the class by code or login card has no account at the platform: trying again for a
        // day would change nothing (Send again sends once they have launched from the course)
        boolean giveUp =
                !now.isBefore(row.queuedAt().plus(Backoff.GIVE_UP)) || "lti.grades.error.no-subject".equals(e.key());
        jdbc.sql("update lti_score_outbox set state = ?, tries = ?, due_at = ?, claimed_at = null, last_error = ?"
                        + " where id = ? and version = ?")
                .params(
                        giveUp ? ScoreOutbox.State.FAILED.name() : ScoreOutbox.State.PENDING.name(),
                        tries,
                        utc(now.plus(Backoff.after(tries))),
                        error(e),
                        row.id(),
                        row.version())
                .update();
        // a change arrived meanwhile: it is due now anyway; just let go of the claim
        jdbc.sql("update lti_score_outbox set claimed_at = null where id = ? and version <> ?")
                .params(row.id(), row.version())
                .update();
    }

    /** {@code <line item>/scores}, the query (if any) kept after the path. */
    static URI scoresUrl(URI lineItem) {
        try {
            String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
            String withScores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
            return new URI(lineItem.getScheme()
                    + "://"
                    + lineItem.getRawAuthority()
                    + withScores
                    + (lineItem.getRawQuery() == null ? "" : "?" + lineItem.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new LtiException("lti.grades.error.no-line-item");
        }
    }

    // ---- line items ----

    private record Pending(
            long registrationId, long assignmentId, String container, String resourceLinkId, int tries) {}

    private int createDueLineItems() {
        Instant now = clock.instant();
        List<Pending> due = jdbc.sql("select * from lti_line_item where line_item_url is null and line_items_url is"
                        + " not null and create_due_at <= ? and scopes like ? and (claimed_at is null or claimed_at < ?)"
                        + " order by create_due_at fetch first " + BATCH + " rows only")
                .params(utc(now), "%" + AgsScopes.LINE_ITEM + "%", utc(now.minus(CLAIM_TIMEOUT)))
                .query((rs, n) -> new Pending(
                        rs.getLong("registration_id"),
                        rs.getLong("assignment_id"),
                        rs.getString("line_items_url"),
                        rs.getString("resource_link_id"),
                        rs.getInt("create_tries")))
                .list();
        int created = 0;
        for (Pending p : due) {
            boolean claimed = jdbc.sql("update lti_line_item set claimed_at = ? where registration_id = ?"
                                    + " and assignment_id = ? and line_item_url is null"
                                    + " and (claimed_at is null or claimed_at < ?)")
                            .params(utc(now), p.registrationId(), p.assignmentId(), utc(now.minus(CLAIM_TIMEOUT)))
                            .update()
                    == 1;
            if (claimed && create(p)) {
                created++;
            }
        }
        return created;
    }

    private boolean create(Pending p) {
        try {
            LtiRegistration registration = registrations
                    .find(p.registrationId())
                    .orElseThrow(() -> new LtiException("lti.grades.error.no-registration"));
            URI container = PlatformHttp.url(p.container())
                    .orElseThrow(() -> new LtiException("lti.grades.error.no-line-item"));
            String title = assignments
                    .pinned(p.assignmentId())
                    .map(a -> a.assignment().title())
                    .orElse("Lectern");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("scoreMaximum", LINE_ITEM_MAXIMUM);
            body.put("label", title);
            body.put("resourceLinkId", p.resourceLinkId());
            body.put("tag", "lectern");
            String token = tokens.token(registration, List.of(AgsScopes.LINE_ITEM));
            PlatformHttp.Response response = http.send(PlatformHttp.request(container)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", LINE_ITEM_TYPE)
                    .header("Accept", LINE_ITEM_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(http.write(body)))
                    .build());
            if (response.status() == 401) {
                tokens.forget(registration.id());
            }
            if (!response.ok()) {
                throw new LtiException("lti.grades.error.refused", response.status());
            }
            JsonNode json = http.object(response);
            URI id = PlatformHttp.text(json, "id", LtiRegistrations.MAX_URL)
                    .flatMap(PlatformHttp::url)
                    .orElseThrow(() -> new LtiException("lti.platform.error.bad-response", "id"));
            jdbc.sql("update lti_line_item set line_item_url = ?, claimed_at = null, create_error = null,"
                            + " create_due_at = null where registration_id = ? and assignment_id = ?")
                    .params(id.toString(), p.registrationId(), p.assignmentId())
                    .update();
            return true;
        } catch (RuntimeException e) {
            LtiException reason = e instanceof LtiException l ? l : new LtiException("lti.grades.error.internal");
            if (!(e instanceof LtiException)) {
                LOG.warn("creating a line item for assignment {} failed", p.assignmentId(), e);
            }
            int tries = p.tries() + 1;
            jdbc.sql("update lti_line_item set claimed_at = null, create_tries = ?, create_due_at = ?,"
                            + " create_error = ? where registration_id = ? and assignment_id = ?")
                    .params(
                            tries,
                            utc(clock.instant().plus(Backoff.after(tries))),
                            error(reason),
                            p.registrationId(),
                            p.assignmentId())
                    .update();
            return false;
        }
    }

    // ---- helpers ----

    /** The reason as stored: the message key, then its arguments, separated by a unit separator; at most 500. */
    static String error(LtiException e) {
        String text = e.key() + Arrays.stream(e.args()).map(a -> "\u001f" + a).collect(Collectors.joining());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
