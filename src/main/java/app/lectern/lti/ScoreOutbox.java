package app.lectern.lti;

import app.lectern.classroom.attempt.AnswerGraded;
import app.lectern.classroom.attempt.AttemptSubmitted;
import app.lectern.storage.DuplicateSafeInsert;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of scores: a student's submit or a teacher's grade of an assignment linked to a platform's line item
 * queues "send this student's score" in the same transaction, so nothing is lost when the platform is down or the
 * server stops. One row per registration, assignment and student: a new change while one waits only brings it
 * forward (the sender reads the current score when it sends).
 */
@Component
class ScoreOutbox {

    /** The row's states. */
    enum State {
        PENDING,
        SENT,
        FAILED
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    ScoreOutbox(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void submitted(AttemptSubmitted event) {
        queue(event.assignmentId(), event.studentId());
    }

    @EventListener
    @Transactional
    void graded(AnswerGraded event) {
        queue(event.assignmentId(), event.studentId());
    }

    /**
     * Queues the student's score for every platform the assignment is linked to with the score scope granted.
     *
     * @return how many rows were queued
     */
    int queue(long assignmentId, long studentId) {
        List<Long> registrations = jdbc.sql(
                        "select registration_id from lti_line_item where assignment_id = ?" + " and scopes like ?")
                .params(assignmentId, "%" + AgsScopes.SCORE + "%")
                .query(Long.class)
                .list();
        for (long registrationId : registrations) {
            queue(registrationId, assignmentId, studentId, clock.instant());
        }
        return registrations.size();
    }

    /** Queues (or brings forward) one row, due at this time, with a fresh count of tries. */
    void queue(long registrationId, long assignmentId, long studentId, Instant due) {
        OffsetDateTime at = due.atOffset(ZoneOffset.UTC);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        Runnable update = () -> jdbc.sql("update lti_score_outbox set version = version + 1, state = ?, due_at = ?,"
                        + " tries = 0, queued_at = case when state = ? then queued_at else ? end"
                        + " where registration_id = ? and assignment_id = ? and student_id = ?")
                .params(State.PENDING.name(), at, State.PENDING.name(), now, registrationId, assignmentId, studentId)
                .update();
        boolean exists =
                jdbc.sql("select count(*) from lti_score_outbox where registration_id = ? and assignment_id = ?"
                                        + " and student_id = ?")
                                .params(registrationId, assignmentId, studentId)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (exists) {
            update.run();
            return;
        }
        boolean inserted = DuplicateSafeInsert.run(
                dataSource,
                () -> jdbc.sql("insert into lti_score_outbox (registration_id, assignment_id, student_id, state,"
                                + " due_at, queued_at) values (?, ?, ?, ?, ?, ?)")
                        .params(registrationId, assignmentId, studentId, State.PENDING.name(), at, now)
                        .update());
        if (!inserted) {
            update.run();
        }
    }
}
