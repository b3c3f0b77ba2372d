package app.lectern.lti;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.AssignmentAccess.TeacherContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's view of the grade passback of one assignment: per student and platform the state of the last score,
 * and "Send again". For the teacher of the assignment's class only ({@link AccessDeniedException} otherwise; an
 * unknown assignment or a student outside the class is a {@link NoSuchElementException}).
 */
@Service
@Transactional
public class LmsGrades {

    private final AssignmentAccess access;
    private final AccountService accounts;
    private final ScoreOutbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    LmsGrades(AssignmentAccess access, AccountService accounts, ScoreOutbox outbox, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A linked assignment's line item as the teacher sees it. */
    public record LineItem(String platform, boolean created, String errorKey, List<String> errorArgs) {}

    /** The assignment, for its teacher. */
    @Transactional(readOnly = true)
    public Assignment assignment(long assignmentId) {
        return access.teacherContext(assignmentId).assignment();
    }

    /** The platforms the assignment is linked to, with whether the line item exists there yet. */
    @Transactional(readOnly = true)
    public List<LineItem> lineItems(long assignmentId) {
        access.teacherContext(assignmentId);
        return jdbc.sql("select r.name, l.line_item_url, l.create_error from lti_line_item l join lti_registration r"
                        + " on r.id = l.registration_id where l.assignment_id = ? order by r.name")
                .param(assignmentId)
                .query((rs, n) -> {
                    List<String> error = split(rs.getString("create_error"));
                    return new LineItem(
                            rs.getString("name"),
                            rs.getString("line_item_url") != null,
                            error.isEmpty() ? null : error.getFirst(),
                            error.isEmpty() ? List.of() : error.subList(1, error.size()));
                })
                .list();
    }

    /** Every student of the class, per platform the assignment is linked to, by name. */
    @Transactional(readOnly = true)
    public List<GradeSyncStatus> status(long assignmentId) {
        TeacherContext t = access.teacherContext(assignmentId);
        record Link(long registrationId, String name) {}
        List<Link> links = jdbc.sql("select r.id, r.name from lti_line_item l join lti_registration r"
                        + " on r.id = l.registration_id where l.assignment_id = ? order by r.name, r.id")
                .param(assignmentId)
                .query((rs, n) -> new Link(rs.getLong("id"), rs.getString("name")))
                .list();
        Map<String, GradeSyncStatus> rows = new HashMap<>();
        Instant now = clock.instant();
        jdbc.sql("select * from lti_score_outbox where assignment_id = ?")
                .param(assignmentId)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    int tries = rs.getInt("tries");
                    List<String> error = split(rs.getString("last_error"));
                    GradeSyncStatus.State s = switch (state) {
                        case "SENT" -> GradeSyncStatus.State.SENT;
                        case "FAILED" -> GradeSyncStatus.State.FAILED;
                        default -> tries > 0 ? GradeSyncStatus.State.RETRYING : GradeSyncStatus.State.PENDING;
                    };
                    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
                    OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
                    return new GradeSyncStatus(
                            rs.getLong("student_id"),
                            "",
                            String.valueOf(rs.getLong("registration_id")),
                            s,
                            sent == null ? null : sent.toInstant(),
                            rs.getString("sent_summary"),
                            tries,
                            s == GradeSyncStatus.State.RETRYING || s == GradeSyncStatus.State.PENDING
                                    ? due.toInstant()
                                    : null,
                            error.isEmpty() ? null : error.getFirst(),
                            error.isEmpty() ? List.of() : error.subList(1, error.size()));
                })
                .list()
                .forEach(r -> rows.put(r.platform() + "/" + r.studentId(), r));
        List<GradeSyncStatus> out = new ArrayList<>();
        for (long studentId : access.studentIds(t)) {
            Optional<UserRef> student = accounts.find(studentId);
            if (student.isEmpty()) {
                continue;
            }
            for (Link link : links) {
                GradeSyncStatus row = rows.get(link.registrationId() + "/" + studentId);
                out.add(
                        row == null
                                ? new GradeSyncStatus(
                                        studentId,
                                        student.get().displayName(),
                                        link.name(),
                                        GradeSyncStatus.State.NONE,
                                        null,
                                        null,
                                        0,
                                        null,
                                        null,
                                        List.of())
                                : new GradeSyncStatus(
                                        studentId,
                                        student.get().displayName(),
                                        link.name(),
                                        row.state(),
                                        row.sentAt(),
                                        row.sentSummary(),
                                        row.tries(),
                                        row.nextTry(),
                                        row.errorKey(),
                                        row.errorArgs()));
            }
        }
        out.sort((a, b) -> {
            int byName = String.CASE_INSENSITIVE_ORDER.compare(a.displayName(), b.displayName());
            return byName != 0 ? byName : a.platform().compareTo(b.platform());
        });
        return out;
    }

    /**
     * Queues the student's current score again for every platform the assignment is linked to, due now.
     *
     * @return how many platforms it was queued for
     * @throws NoSuchElementException for a student who is not in the class
     */
    public int sendAgain(long assignmentId, long studentId) {
        TeacherContext t = access.teacherContext(assignmentId);
        if (!access.isStudent(t, studentId)) {
            throw new NoSuchElementException("no such student in this class");
        }
        return outbox.queue(assignmentId, studentId);
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\u001f", -1));
    }
}
