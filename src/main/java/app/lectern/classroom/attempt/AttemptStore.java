package app.lectern.classroom.attempt;

import app.lectern.answering.AlreadyAnsweredException;
import app.lectern.answering.StoredResponse;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.storage.DuplicateSafeInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attempt tables: {@code assignment_attempt}, {@code assignment_response} and {@code assignment_extra_try}. Runs
 * in the caller's transaction; checks nobody (its callers do, through {@link AssignmentAccess}).
 */
@Repository
class AttemptStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AttemptTotals totals;

    AttemptStore(JdbcClient jdbc, DataSource dataSource, AttemptTotals totals) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.totals = totals;
    }

    /** Stores the attempt's totals anew from its responses, in the caller's transaction (see {@link AttemptTotals}). */
    void recomputeTotals(long attemptId) {
        totals.recompute(attemptId);
    }

    /** One row of {@code assignment_attempt}. */
    record AttemptRow(
            long id,
            long studentId,
            int generation,
            Instant startedAt,
            Instant submittedAt,
            Instant firstSubmittedAt,
            String lastSectionId) {}

    /** One row of {@code assignment_response}; {@code reviewedAt} is set once a teacher graded an open answer. */
    record ResponseRow(
            long id,
            String questionId,
            int seq,
            int tryNo,
            String answerJson,
            double points,
            double maxPoints,
            double fraction,
            boolean pending,
            Instant createdAt,
            String teacherComment,
            Instant reviewedAt)
            implements StoredResponse {

        @Override
        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    /** Tries a teacher granted for one question of an attempt, and when the last one was granted. */
    record ExtraTry(int extra, Instant grantedAt) {

        /** Whether the last try was granted after this response, so even an answer that stood may be redone. */
        boolean grantedAfter(ResponseRow response) {
            return !grantedAt.isBefore(response.createdAt());
        }
    }

    /** The student's current attempt at the assignment (not superseded by a reset), if they started one. */
    Optional<AttemptRow> currentAttempt(long assignmentId, long studentId) {
        return jdbc.sql("select * from assignment_attempt where assignment_id = ? and student_id = ?"
                        + " and superseded_at is null")
                .params(assignmentId, studentId)
                .query((rs, n) -> attemptRow(rs))
                .optional();
    }

    /**
     * Starts the student's attempt, the next generation after any reset ones. Two tabs opening the assignment at
     * the same moment both get the one attempt: the unique constraint refuses the second insert, which then reads
     * the first one's row.
     */
    AttemptRow createAttempt(long assignmentId, long studentId, OffsetDateTime now) {
        // counted from the superseded attempts only: two requests starting the attempt at once then pick the same
        // generation and collide on the unique constraint, even when one reads after the other committed
        int generation = jdbc.sql("select coalesce(max(generation), 0) + 1 from assignment_attempt"
                        + " where assignment_id = ? and student_id = ? and superseded_at is not null")
                .params(assignmentId, studentId)
                .query(Integer.class)
                .single();
        insertUnlessDuplicate(() -> jdbc.sql("insert into assignment_attempt"
                        + " (assignment_id, student_id, generation, started_at, points, answered, pending)"
                        + " values (?, ?, ?, ?, 0, 0, 0)")
                .params(assignmentId, studentId, generation, now)
                .update());
        return currentAttempt(assignmentId, studentId)
                .orElseThrow(() -> new IllegalStateException("the attempt was reset meanwhile"));
    }

    /**
     * Stores a graded response.
     *
     * @throws AlreadyAnsweredException when the same try arrived twice (double click, second tab): one is stored,
     *     the other is refused
     */
    void insertResponse(long attemptId, String questionType, ResponseRow row, OffsetDateTime now) {
        try {
            jdbc.sql("insert into assignment_response (attempt_id, question_id, seq, try_no, question_type,"
                            + " answer_json, points, max_points, fraction, pending, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            attemptId,
                            row.questionId(),
                            row.seq(),
                            row.tryNo(),
                            questionType,
                            row.answerJson(),
                            row.points(),
                            row.maxPoints(),
                            row.fraction(),
                            row.pending(),
                            now)
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new AlreadyAnsweredException(
                    "question '" + row.questionId() + "' was just answered in another request");
        }
    }

    /**
     * Records the time of the latest answer, unless the attempt is submitted. Locks the attempt row until commit, so
     * a concurrent submit either sees the answer of this transaction or refuses it.
     *
     * @return whether the attempt is still open
     */
    boolean touchIfOpen(long attemptId, OffsetDateTime now) {
        return jdbc.sql("update assignment_attempt set last_answer_at = ? where id = ? and submitted_at is null")
                        .params(now, attemptId)
                        .update()
                > 0;
    }

    /** Records the section the student opened last. */
    void lastSection(long attemptId, String sectionId) {
        jdbc.sql("update assignment_attempt set last_section_id = ? where id = ?")
                .params(sectionId, attemptId)
                .update();
    }

    /**
     * Submits the attempt; conditional, so of two concurrent submits the first one's time stands.
     *
     * @return whether this call submitted it (false when it was submitted already)
     */
    boolean submit(long attemptId, OffsetDateTime now) {
        return jdbc.sql("update assignment_attempt set submitted_at = ? where id = ? and submitted_at is null")
                        .params(now, attemptId)
                        .update()
                > 0;
    }

    /** The tries granted on top of the assignment's, by question id. */
    Map<String, ExtraTry> extraTries(long attemptId) {
        Map<String, ExtraTry> out = new HashMap<>();
        jdbc.sql("select question_id, extra, granted_at from assignment_extra_try where attempt_id = ?")
                .param(attemptId)
                .query((RowCallbackHandler) rs -> out.put(
                        rs.getString("question_id"), new ExtraTry(rs.getInt("extra"), instant(rs, "granted_at"))));
        return out;
    }

    /** The attempt's responses by question id, each question's in order. */
    Map<String, List<ResponseRow>> responses(long attemptId) {
        Map<String, List<ResponseRow>> out = new LinkedHashMap<>();
        jdbc.sql("select * from assignment_response where attempt_id = ? order by question_id, seq")
                .param(attemptId)
                .query((rs, n) -> responseRow(rs))
                .list()
                .forEach(r -> out.computeIfAbsent(r.questionId(), k -> new ArrayList<>())
                        .add(r));
        return out;
    }

    /** Every current attempt at the assignment, by student id. */
    Map<Long, AttemptRow> currentAttempts(long assignmentId) {
        Map<Long, AttemptRow> out = new HashMap<>();
        jdbc.sql("select * from assignment_attempt where assignment_id = ? and superseded_at is null")
                .param(assignmentId)
                .query((RowCallbackHandler) rs -> out.put(rs.getLong("student_id"), attemptRow(rs)));
        return out;
    }

    /** The responses of every current attempt at the assignment: by student id, then as {@link #responses}. */
    Map<Long, Map<String, List<ResponseRow>>> currentResponses(long assignmentId) {
        Map<Long, Map<String, List<ResponseRow>>> out = new HashMap<>();
        jdbc.sql("select r.*, a.student_id as attempt_student_id from assignment_response r"
                        + " join assignment_attempt a on a.id = r.attempt_id"
                        + " where a.assignment_id = ? and a.superseded_at is null"
                        + " order by r.attempt_id, r.question_id, r.seq")
                .param(assignmentId)
                .query((RowCallbackHandler)
                        rs -> out.computeIfAbsent(rs.getLong("attempt_student_id"), k -> new LinkedHashMap<>())
                                .computeIfAbsent(rs.getString("question_id"), k -> new ArrayList<>())
                                .add(responseRow(rs)));
        return out;
    }

    /**
     * Runs an insert in the current transaction; a unique-constraint violation returns {@code false} instead of
     * failing the transaction (see {@link DuplicateSafeInsert}).
     */
    boolean insertUnlessDuplicate(Runnable insert) {
        return DuplicateSafeInsert.run(dataSource, insert);
    }

    static AttemptRow attemptRow(ResultSet rs) throws SQLException {
        return new AttemptRow(
                rs.getLong("id"),
                rs.getLong("student_id"),
                rs.getInt("generation"),
                instant(rs, "started_at"),
                instant(rs, "submitted_at"),
                instant(rs, "first_submitted_at"),
                rs.getString("last_section_id"));
    }

    static ResponseRow responseRow(ResultSet rs) throws SQLException {
        return new ResponseRow(
                rs.getLong("id"),
                rs.getString("question_id"),
                rs.getInt("seq"),
                rs.getInt("try_no"),
                rs.getString("answer_json"),
                rs.getDouble("points"),
                rs.getDouble("max_points"),
                rs.getDouble("fraction"),
                rs.getBoolean("pending"),
                instant(rs, "created_at"),
                rs.getString("teacher_comment"),
                instant(rs, "reviewed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
