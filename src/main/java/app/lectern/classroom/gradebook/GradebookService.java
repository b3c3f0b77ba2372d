package app.lectern.classroom.gradebook;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.attempt.ItemDraw;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.question.Grade;
import app.lectern.question.QuestionTypes;
import app.lectern.scoring.ModuleResult;
import app.lectern.scoring.QuestionScore;
import app.lectern.scoring.ScoringService;
import app.lectern.scoring.SkillTotal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's gradebook of an assignment: one row per student of the class, one column per question of the
 * pinned module, item analysis, mastery per skill, the score distribution and a CSV export. Read-only.
 *
 * <p>Every method is for the teacher of the assignment's class only: anyone else gets {@link AccessDeniedException},
 * an unknown assignment {@link NoSuchElementException}. Only each student's current attempt counts (an attempt a
 * teacher reset is superseded and kept, but not shown), and of each question only the latest response.
 */
@Service
@Transactional(readOnly = true)
public class GradebookService {

    /** The SQL condition, on attempts aliased {@code a}, that keeps each student's current attempt only. */
    static final String CURRENT_ATTEMPT = "a.superseded_at is null";

    /** Students read at once for the CSV export. */
    private static final int CSV_PAGE = 500;

    private final AssignmentAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ScoringService scoring = new ScoringService();

    private final ItemDraw draws;
    private final GradebookQueries queries;

    GradebookService(AssignmentAccess access, JdbcClient jdbc, Clock clock, ItemDraw draws, GradebookQueries queries) {
        this.access = access;
        this.draws = draws;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The gradebook's columns, headline numbers, score distribution, item analysis and mastery per skill.
     *
     * @throws AccessDeniedException for anyone but the teacher of the assignment's class
     * @throws NoSuchElementException for an unknown assignment
     */
    public Gradebook gradebook(long assignmentId) {
        Book book = book(assignmentId);
        long id = book.assignment().id();
        List<GradebookQueries.StudentTotals> students =
                queries.students(id, book.assignment().classId());
        List<Long> counted = students.stream()
                .filter(t -> t.answered() > 0)
                .map(GradebookQueries.StudentTotals::id)
                .toList();
        Drawn drawn = drawn(book, counted);
        Instant due = book.assignment().dueAt();
        Map<Long, Double> percents = new HashMap<>();
        for (GradebookQueries.StudentTotals t : students) {
            if (t.answered() > 0) {
                double max = drawn.of(t.id()).maxPoints();
                percents.put(t.id(), max == 0 ? 0 : 100.0 * t.points() / max);
            }
        }
        GradebookSummary summary = new GradebookSummary(
                students.size(),
                (int) students.stream()
                        .filter(t -> t.status() != GradebookStatus.NOT_STARTED)
                        .count(),
                counted.size(),
                (int) students.stream()
                        .filter(t -> t.status() == GradebookStatus.SUBMITTED)
                        .count(),
                (int) students.stream()
                        .filter(t -> late(t.submittedAt(), due, book.now()))
                        .count(),
                students.stream()
                        .mapToInt(GradebookQueries.StudentTotals::pending)
                        .sum(),
                percents.isEmpty()
                        ? null
                        : percents.values().stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow());
        Map<String, GradebookQueries.QuestionTotals> questions = queries.questions(id);
        return new Gradebook(
                book.assignment(),
                book.columns(),
                summary,
                GradebookAnalysis.distribution(percents.values()),
                GradebookAnalysis.items(
                        book.module(),
                        book.columns(),
                        percents,
                        queries.wrongAnswers(id, book.assignment().classId()),
                        each -> queries.fractions(id, each)),
                GradebookAnalysis.skills(
                        book.module(),
                        questions,
                        counted.stream().map(drawn::of).toList()));
    }

    /**
     * How many students the class has: the number of gradebook rows.
     *
     * @throws AccessDeniedException for anyone but the teacher of the assignment's class
     * @throws NoSuchElementException for an unknown assignment
     */
    public int count(long assignmentId) {
        Book book = book(assignmentId);
        return jdbc.sql("select count(*) from class_member where class_id = ?")
                .param(book.assignment().classId())
                .query(Integer.class)
                .single();
    }

    /**
     * One page of gradebook rows, for a lazily loading grid. By name, the page is read from the database; other
     * orders are computed over the whole class (a class is small) and then cut.
     *
     * @param offset the index of the first row, from 0
     * @param limit the most rows to return
     * @param sort the order; ties are broken by name
     * @throws AccessDeniedException for anyone but the teacher of the assignment's class
     * @throws NoSuchElementException for an unknown assignment
     * @throws IllegalArgumentException for a negative offset or limit
     */
    public List<GradebookRow> rows(long assignmentId, int offset, int limit, GradebookSort sort) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        Book book = book(assignmentId);
        GradebookSort order = sort == null ? GradebookSort.BY_NAME : sort;
        List<Member> page =
                queries.students(book.assignment().id(), book.assignment().classId(), order, offset, limit).stream()
                        .map(t -> new Member(t.id(), t.displayName(), t.loginName()))
                        .toList();
        return students(book, page).stream().map(Student::row).toList();
    }

    /**
     * The gradebook as a CSV file that spreadsheets open cleanly: UTF-8 with a byte order mark, one row per student
     * by name, one column per question (points; empty when unanswered; "pending" while an open answer waits for
     * review), totals, status, submission time in the class's time zone, the late flag and the minutes spent.
     * Cells that a spreadsheet would run as a formula are neutralised with a leading apostrophe.
     *
     * @param locale the language of the header row and the status words
     * @throws AccessDeniedException for anyone but the teacher of the assignment's class
     * @throws NoSuchElementException for an unknown assignment
     */
    public CsvExport csv(long assignmentId, Locale locale) {
        Book book = book(assignmentId);
        List<GradebookRow> rows = new ArrayList<>();
        // a page at a time: the responses behind the rows are not all held at once
        for (int offset = 0; ; offset += CSV_PAGE) {
            List<Member> page = members(book, false, offset, CSV_PAGE);
            students(book, page).forEach(s -> rows.add(s.row()));
            if (page.size() < CSV_PAGE) {
                break;
            }
        }
        return GradebookCsv.write(book.assignment(), book.columns(), rows, locale);
    }

    // ---- loading ----

    /** The assignment as its teacher sees it. */
    private record Book(Assignment assignment, LearningModule module, List<GradebookColumn> columns, Instant now) {}

    private record Member(long id, String displayName, String loginName) {}

    private record AttemptRow(long studentId, Instant startedAt, Instant submittedAt, Instant lastAnswerAt) {}

    private record ResponseRow(
            int tryNo,
            String answerJson,
            double points,
            double maxPoints,
            double fraction,
            boolean pending,
            Instant answeredAt) {}

    /** A student's row with the latest answers behind it, which the item analysis reads. */
    private record Student(GradebookRow row, Map<String, ResponseRow> latest) {}

    private Book book(long assignmentId) {
        AssignmentAccess.TeacherContext teacher = access.teacherContext(assignmentId);
        Assignment assignment = teacher.assignment();
        LearningModule module = teacher.module();
        List<GradebookColumn> columns = new ArrayList<>();
        for (Section section : module.sections()) {
            // a pool's variants are columns of their own; a student's cell is empty for those not drawn for them
            for (Question q : section.allQuestions().toList()) {
                columns.add(new GradebookColumn(
                        columns.size() + 1,
                        q.id(),
                        section.title(),
                        Markdown.plainText(q.base().prompt()),
                        QuestionTypes.of(q).name(),
                        q.skill(),
                        q.points(),
                        q.autoScored()));
            }
        }
        return new Book(assignment, module, columns, clock.instant());
    }

    /** One page of the class's students, by name. */
    private List<Member> members(Book book, boolean descending, int offset, int limit) {
        String direction = descending ? " desc" : "";
        return jdbc.sql(
                        "select u.id, u.display_name, u.login_name from class_member m join app_user u on u.id = m.student_id"
                                + " where m.class_id = ? order by lower(u.display_name)" + direction + ", u.id"
                                + direction
                                + " offset ? rows fetch next ? rows only")
                .params(book.assignment().classId(), offset, limit)
                .query((rs, n) ->
                        new Member(rs.getLong("id"), rs.getString("display_name"), rs.getString("login_name")))
                .list();
    }

    private List<Student> students(Book book, List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = members.stream().map(Member::id).toList();
        Map<Long, AttemptRow> attempts = new HashMap<>();
        jdbc.sql("select a.student_id, a.started_at, a.submitted_at, a.last_answer_at from assignment_attempt a"
                        + " where a.assignment_id = :assignment and " + CURRENT_ATTEMPT + " and a.student_id in (:ids)")
                .param("assignment", book.assignment().id())
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> attempts.put(
                        rs.getLong("student_id"),
                        new AttemptRow(
                                rs.getLong("student_id"),
                                instant(rs, "started_at"),
                                instant(rs, "submitted_at"),
                                instant(rs, "last_answer_at"))));
        Map<Long, Map<String, List<ResponseRow>>> responses = new HashMap<>();
        jdbc.sql("select a.student_id, r.question_id, r.try_no, r.answer_json, r.points, r.max_points, r.fraction,"
                        + " r.pending, r.created_at from assignment_response r join assignment_attempt a on a.id = r.attempt_id"
                        + " where a.assignment_id = :assignment and " + CURRENT_ATTEMPT + " and a.student_id in (:ids)"
                        + " order by r.attempt_id, r.question_id, r.seq")
                .param("assignment", book.assignment().id())
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> responses
                        .computeIfAbsent(rs.getLong("student_id"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString("question_id"), k -> new ArrayList<>())
                        .add(new ResponseRow(
                                rs.getInt("try_no"),
                                rs.getString("answer_json"),
                                rs.getDouble("points"),
                                rs.getDouble("max_points"),
                                rs.getDouble("fraction"),
                                rs.getBoolean("pending"),
                                instant(rs, "created_at"))));
        Drawn drawn = drawn(book, ids);
        List<Student> out = new ArrayList<>();
        for (Member m : members) {
            out.add(student(
                    book,
                    drawn.of(m.id()).module(),
                    m,
                    attempts.get(m.id()),
                    responses.getOrDefault(m.id(), Map.of())));
        }
        return out;
    }

    /** Only the variants drawn for each student count, as in their attempt. */
    private Drawn drawn(Book book, List<Long> studentIds) {
        return new Drawn(
                book.module(),
                draws.drawnVariants(book.module(), book.assignment().id(), studentIds));
    }

    private Student student(
            Book book,
            LearningModule mine,
            Member member,
            AttemptRow attempt,
            Map<String, List<ResponseRow>> responses) {
        Map<String, QuestionScore> scores = new LinkedHashMap<>();
        Map<String, ResponseRow> latest = new HashMap<>();
        List<GradebookCell> cells = new ArrayList<>();
        for (GradebookColumn column : book.columns()) {
            List<ResponseRow> list = responses.get(column.questionId());
            if (mine.question(column.questionId()).isEmpty()) {
                cells.add(new GradebookCell(column.questionId(), false, 0, 0, 0, false, 0));
                continue;
            }
            if (list == null || list.isEmpty()) {
                cells.add(new GradebookCell(column.questionId(), false, 0, column.maxPoints(), 0, false, 0));
                continue;
            }
            ResponseRow last = list.getLast();
            latest.put(column.questionId(), last);
            double points = last.pending() ? 0 : Math.min(last.points(), column.maxPoints());
            cells.add(new GradebookCell(
                    column.questionId(),
                    true,
                    points,
                    column.maxPoints(),
                    last.pending() ? 0 : last.fraction(),
                    last.pending(),
                    list.size()));
            scores.put(
                    column.questionId(),
                    new QuestionScore(
                            column.questionId(),
                            column.skill(),
                            points,
                            column.maxPoints(),
                            new Grade(last.pending() ? 0 : last.fraction(), last.pending()),
                            Math.max(1, last.tryNo()),
                            false));
        }
        ModuleResult result = scoring.resultWithTeacherGrading(mine, scores);
        Map<Skill, SkillTotal> skills = new EnumMap<>(Skill.class);
        result.bySkill().forEach((skill, total) -> {
            if (total.questions() > 0) {
                skills.put(skill, total);
            }
        });
        Instant due = book.assignment().dueAt();
        Instant submitted = attempt == null ? null : attempt.submittedAt();
        GradebookStatus status = attempt == null
                ? GradebookStatus.NOT_STARTED
                : submitted == null ? GradebookStatus.IN_PROGRESS : GradebookStatus.SUBMITTED;
        Duration spent = attempt == null || responses.isEmpty() ? null : activeTime(attempt, responses);
        GradebookRow row = new GradebookRow(
                member.id(),
                member.displayName(),
                member.loginName(),
                status,
                attempt == null ? null : attempt.startedAt(),
                submitted,
                late(submitted, due, book.now()),
                spent,
                scores.size(),
                result.points(),
                result.maxPoints(),
                cells,
                skills);
        return new Student(row, latest);
    }

    /** Submitted after the due date, or not submitted and the due date has passed. */
    private static boolean late(Instant submitted, Instant due, Instant now) {
        return submitted == null ? now.isAfter(due) : submitted.isAfter(due);
    }

    /**
     * Opening the attempt, every answer (each try) and the submit, with the breaks between them left out: a student
     * who opened the assignment on Monday and answered on Thursday did not work for three days.
     */
    private static Duration activeTime(AttemptRow attempt, Map<String, List<ResponseRow>> responses) {
        List<Instant> events = new ArrayList<>();
        events.add(attempt.startedAt());
        events.add(attempt.submittedAt());
        responses.values().forEach(list -> list.forEach(r -> events.add(r.answeredAt())));
        return ActiveTime.of(events, ActiveTime.DEFAULT_THRESHOLD);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
