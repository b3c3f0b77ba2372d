package app.lectern.classroom.gradebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gradebook's SQL: every student's status, score and active time computed in the database (so any column sorts
 * and pages there), and the per-question aggregates of the item analysis and the skills. Nothing here loads a whole
 * class's responses.
 */
@Component
class GradebookQueries {

    /**
     * Each student with their current attempt's stored totals (kept by the attempt package in the transaction that
     * changes them): a join of the roster and the attempts, no response read.
     */
    private static final String STUDENTS = """
            select * from (
              select u.id, u.display_name, u.login_name, lower(u.display_name) as sort_name,
                a.started_at, a.submitted_at,
                case when a.id is null then 0 when a.submitted_at is null then 1 else 2 end as status,
                coalesce(a.points, 0) as points, coalesce(a.answered, 0) as answered,
                coalesce(a.pending, 0) as pending,
                case when a.answered > 0 then a.active_seconds end as seconds
              from class_member m join app_user u on u.id = m.student_id
              left join assignment_attempt a on a.student_id = u.id and a.assignment_id = :assignment
                and a.superseded_at is null
              where m.class_id = :class) g
            """;

    private final JdbcClient jdbc;

    GradebookQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One student of the class with what the database computes of their row.
     *
     * @param points points earned on the latest answers (pending ones count 0), capped at each question's points
     * @param answered questions with an answer
     * @param pending latest answers waiting for review
     * @param timeSpent active time, {@code null} before the first answer
     */
    record StudentTotals(
            long id,
            String displayName,
            String loginName,
            GradebookStatus status,
            Instant startedAt,
            Instant submittedAt,
            double points,
            int answered,
            int pending,
            Duration timeSpent) {}

    /** One page of the class in this order, ties by name (A to Z) and then id. */
    List<StudentTotals> students(long assignmentId, long classId, GradebookSort sort, int offset, int limit) {
        return jdbc.sql(STUDENTS + " order by " + orderBy(sort) + " offset :offset rows fetch next :limit rows only")
                .param("assignment", assignmentId)
                .param("class", classId)
                .param("offset", offset)
                .param("limit", limit)
                .query(GradebookQueries::totals)
                .list();
    }

    /** Every student of the class, by name. */
    List<StudentTotals> students(long assignmentId, long classId) {
        return students(assignmentId, classId, GradebookSort.BY_NAME, 0, Integer.MAX_VALUE);
    }

    /** The ORDER BY of a sort: missing times last in either direction. */
    static String orderBy(GradebookSort sort) {
        String dir = sort.descending() ? " desc" : "";
        String byName = "sort_name, id";
        return switch (sort.key()) {
            case NAME -> "sort_name" + dir + ", id" + dir;
            case STATUS -> "status" + dir + ", " + byName;
            case POINTS -> "points" + dir + ", " + byName;
            case STARTED -> nullsLast("started_at", dir) + byName;
            case SUBMITTED -> nullsLast("submitted_at", dir) + byName;
            case TIME_SPENT -> nullsLast("seconds", dir) + byName;
        };
    }

    private static String nullsLast(String column, String dir) {
        return "case when " + column + " is null then 1 else 0 end, " + column + dir + ", ";
    }

    private static StudentTotals totals(ResultSet rs, int n) throws SQLException {
        double seconds = rs.getDouble("seconds");
        boolean noTime = rs.wasNull();
        return new StudentTotals(
                rs.getLong("id"),
                rs.getString("display_name"),
                rs.getString("login_name"),
                GradebookStatus.values()[rs.getInt("status")],
                instant(rs, "started_at"),
                instant(rs, "submitted_at"),
                rs.getDouble("points"),
                rs.getInt("answered"),
                rs.getInt("pending"),
                noTime ? null : Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    /**
     * How a question's latest graded answers (pending ones left out) add up.
     *
     * @param points the points they earned, capped at the question's
     */
    record QuestionTotals(String questionId, int answered, double fractionSum, double points) {}

    /** Per question of the assignment, over the current attempts. */
    Map<String, QuestionTotals> questions(long assignmentId) {
        Map<String, QuestionTotals> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.question_id, count(*) as answered, sum(r.fraction) as fractions,
                          sum(least(r.points, r.max_points)) as points
                        from assignment_response r join assignment_attempt a on a.id = r.attempt_id
                        where a.assignment_id = :assignment and a.superseded_at is null and not r.pending
                          and r.seq = (select max(r2.seq) from assignment_response r2
                                       where r2.attempt_id = r.attempt_id and r2.question_id = r.question_id)
                        group by r.question_id
                        """).param("assignment", assignmentId).query((RowCallbackHandler) rs -> out.put(
                rs.getString("question_id"),
                new QuestionTotals(
                        rs.getString("question_id"),
                        rs.getInt("answered"),
                        rs.getDouble("fractions"),
                        rs.getDouble("points"))));
        return out;
    }

    /**
     * The distinct graded latest answers to questions, with how many students gave each and the position (by name)
     * of the first student who did, which breaks ties as reading the class by name would.
     */
    record AnswerCount(String questionId, String answerJson, double fraction, int students, long firstPosition) {}

    /** The latest answers that were not fully right, grouped (grouped by their stored form). */
    List<AnswerCount> wrongAnswers(long assignmentId, long classId) {
        // the name order of the class, for the tie-break; grouped here rather than in SQL because H2 joins a
        // ranked derived table without an index (minutes for 2,000 students)
        Map<Long, Long> position = new java.util.HashMap<>();
        jdbc.sql("""
                        select u.id from class_member m join app_user u on u.id = m.student_id
                        where m.class_id = :class order by lower(u.display_name), u.id
                        """).param("class", classId).query((RowCallbackHandler)
                rs -> position.put(rs.getLong(1), (long) position.size() + 1));
        record Key(String questionId, String answerJson, double fraction) {}
        Map<Key, long[]> groups = new java.util.LinkedHashMap<>(); // students, first position
        jdbc.sql("""
                        select a.student_id, r.question_id, r.answer_json, r.fraction
                        from assignment_response r join assignment_attempt a on a.id = r.attempt_id
                        where a.assignment_id = :assignment and a.superseded_at is null and not r.pending
                          and r.fraction < :right
                          and r.seq = (select max(r2.seq) from assignment_response r2
                                       where r2.attempt_id = r.attempt_id and r2.question_id = r.question_id)
                        """)
                .param("assignment", assignmentId)
                .param("right", 1.0 - 1e-9)
                .query((RowCallbackHandler) rs -> {
                    Long at = position.get(rs.getLong(1));
                    if (at == null) {
                        return; // no longer in the class
                    }
                    long[] g = groups.computeIfAbsent(new Key(rs.getString(2), rs.getString(3), rs.getDouble(4)), k ->
                            new long[] {0, Long.MAX_VALUE});
                    g[0]++;
                    g[1] = Math.min(g[1], at);
                });
        List<AnswerCount> out = new ArrayList<>();
        groups.forEach(
                (k, g) -> out.add(new AnswerCount(k.questionId(), k.answerJson(), k.fraction(), (int) g[0], g[1])));
        return out;
    }

    /** One student's grade on one question: what the discrimination index ranks. */
    record Fraction(long studentId, String questionId, double fraction) {}

    /** Every graded latest answer as (student, question, grade): three numbers a row, for the discrimination index. */
    void fractions(long assignmentId, java.util.function.Consumer<Fraction> each) {
        jdbc.sql("""
                        select a.student_id, r.question_id, r.fraction
                        from assignment_response r join assignment_attempt a on a.id = r.attempt_id
                        where a.assignment_id = :assignment and a.superseded_at is null and not r.pending
                          and r.seq = (select max(r2.seq) from assignment_response r2
                                       where r2.attempt_id = r.attempt_id and r2.question_id = r.question_id)
                        """).param("assignment", assignmentId).query((RowCallbackHandler)
                rs -> each.accept(new Fraction(rs.getLong(1), rs.getString(2), rs.getDouble(3))));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
