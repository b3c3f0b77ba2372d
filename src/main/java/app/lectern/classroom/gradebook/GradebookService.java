package app.lectern.classroom.gradebook;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.attempt.ItemDraw;
import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.question.Grade;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.StoredAnswers;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
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

    private final AssignmentAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ScoringService scoring = new ScoringService();

    private final ItemDraw draws;

    GradebookService(AssignmentAccess access, JdbcClient jdbc, Clock clock, ItemDraw draws) {
        this.access = access;
        this.draws = draws;
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
        List<Student> students = students(book, members(book, false, 0, Integer.MAX_VALUE));
        List<GradebookRow> rows = students.stream().map(Student::row).toList();
        List<GradebookRow> counted = rows.stream().filter(r -> r.answered() > 0).toList();
        GradebookSummary summary = new GradebookSummary(
                rows.size(),
                (int) rows.stream()
                        .filter(r -> r.status() != GradebookStatus.NOT_STARTED)
                        .count(),
                counted.size(),
                (int) rows.stream()
                        .filter(r -> r.status() == GradebookStatus.SUBMITTED)
                        .count(),
                (int) rows.stream().filter(GradebookRow::late).count(),
                rows.stream().mapToInt(GradebookRow::pending).sum(),
                counted.isEmpty()
                        ? null
                        : counted.stream()
                                .mapToDouble(GradebookRow::percent)
                                .average()
                                .orElseThrow());
        return new Gradebook(
                book.assignment(),
                book.columns(),
                summary,
                distribution(counted),
                items(book, students),
                skills(book, counted));
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
        if (order.key() == GradebookSort.Key.NAME) {
            return students(book, members(book, order.descending(), offset, limit)).stream()
                    .map(Student::row)
                    .toList();
        }
        List<GradebookRow> all = new ArrayList<>(students(book, members(book, false, 0, Integer.MAX_VALUE)).stream()
                .map(Student::row)
                .toList());
        all.sort(comparator(order));
        return all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size()));
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
        List<GradebookRow> rows = students(book, members(book, false, 0, Integer.MAX_VALUE)).stream()
                .map(Student::row)
                .toList();
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
        List<Student> out = new ArrayList<>();
        for (Member m : members) {
            out.add(student(book, m, attempts.get(m.id()), responses.getOrDefault(m.id(), Map.of())));
        }
        return out;
    }

    private Student student(Book book, Member member, AttemptRow attempt, Map<String, List<ResponseRow>> responses) {
        // only the variants drawn for this student count, as in their attempt
        LearningModule mine = draws.asDrawnFor(book.module(), book.assignment().id(), member.id());
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
                submitted == null ? book.now().isAfter(due) : submitted.isAfter(due),
                spent,
                scores.size(),
                result.points(),
                result.maxPoints(),
                cells,
                skills);
        return new Student(row, latest);
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

    // ---- analysis ----

    private static List<ScoreBucket> distribution(List<GradebookRow> counted) {
        int[] counts = new int[10];
        for (GradebookRow r : counted) {
            // rounded first, so that 100 × 0.7 / 1 lands in the 70s however the division comes out
            double percent = Math.round(r.percent() * 1e6) / 1e6;
            counts[Math.min(9, Math.max(0, (int) Math.floor(percent / 10)))]++;
        }
        List<ScoreBucket> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new ScoreBucket(i * 10, i * 10 + 10, counts[i]));
        }
        return out;
    }

    private static List<ItemAnalysis> items(Book book, List<Student> students) {
        List<ItemAnalysis> out = new ArrayList<>();
        Map<String, List<ItemAnalysis.GradedAnswer>> byQuestion = new HashMap<>();
        for (GradebookColumn column : book.columns()) {
            Question question = book.module().question(column.questionId()).orElseThrow();
            QuestionType<?, ?> type = QuestionTypes.of(question);
            List<ItemAnalysis.GradedAnswer> graded = new ArrayList<>();
            for (Student s : students) {
                ResponseRow r = s.latest().get(column.questionId());
                if (r != null && !r.pending()) {
                    String text = StoredAnswers.read(question, r.answerJson())
                            .map(a -> type.summary(question, a))
                            .orElse(null);
                    graded.add(new ItemAnalysis.GradedAnswer(
                            s.row().studentId(), s.row().percent(), r.fraction(), text));
                }
            }
            out.add(ItemAnalysis.of(column, graded));
            byQuestion.put(column.questionId(), graded);
        }
        book.module().pools().forEach(pool -> out.add(wholePool(book, pool, byQuestion)));
        return out;
    }

    /**
     * The pool as a whole: every graded answer to any of its variants (each student answers the variants drawn for
     * them), without a most given wrong answer, as the variants' answers do not compare.
     */
    private static ItemAnalysis wholePool(
            Book book, ItemPool pool, Map<String, List<ItemAnalysis.GradedAnswer>> byQuestion) {
        Question first = pool.questions().getFirst();
        GradebookColumn variant = book.columns().stream()
                .filter(c -> c.questionId().equals(first.id()))
                .findFirst()
                .orElseThrow();
        GradebookColumn column = new GradebookColumn(
                variant.number(),
                pool.id(),
                variant.sectionTitle(),
                "Pool " + pool.id() + " (" + pool.draw() + " of "
                        + pool.questions().size() + ")",
                "pool",
                variant.skill(),
                variant.maxPoints(),
                variant.autoScored());
        List<ItemAnalysis.GradedAnswer> graded = pool.questions().stream()
                .flatMap(q -> byQuestion.getOrDefault(q.id(), List.of()).stream())
                .map(a -> new ItemAnalysis.GradedAnswer(a.studentId(), a.studentPercent(), a.fraction(), null))
                .toList();
        return ItemAnalysis.of(column, graded);
    }

    private static List<SkillMastery> skills(Book book, List<GradebookRow> counted) {
        Map<Skill, Integer> questions = new EnumMap<>(Skill.class);
        // as many questions as one student answers: a pool counts with its draw
        book.module().sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(Question::autoScored)
                .forEach(q -> questions.merge(q.skill(), 1, Integer::sum));
        book.module()
                .pools()
                .filter(p -> p.questions().getFirst().autoScored())
                .forEach(p -> questions.merge(p.questions().getFirst().skill(), p.draw(), Integer::sum));
        List<SkillMastery> out = new ArrayList<>();
        for (Map.Entry<Skill, Integer> e : questions.entrySet()) {
            double points = 0;
            double max = 0;
            for (GradebookRow r : counted) {
                SkillTotal t = r.skills().get(e.getKey());
                if (t != null) {
                    points += t.points();
                    max += t.maxPoints();
                }
            }
            out.add(new SkillMastery(e.getKey(), e.getValue(), counted.size(), points, max));
        }
        return out;
    }

    private static Comparator<GradebookRow> comparator(GradebookSort sort) {
        boolean desc = sort.descending();
        Comparator<GradebookRow> byKey = switch (sort.key()) {
            case NAME -> (a, b) -> 0;
            case STATUS -> direction(Comparator.comparing(GradebookRow::status), desc);
            case POINTS ->
                direction(
                        Comparator.comparingDouble(GradebookRow::points).thenComparingDouble(GradebookRow::percent),
                        desc);
            case STARTED -> nullsLast(GradebookRow::startedAt, desc);
            case SUBMITTED -> nullsLast(GradebookRow::submittedAt, desc);
            case TIME_SPENT -> nullsLast(GradebookRow::timeSpent, desc);
        };
        return byKey.thenComparing(GradebookRow::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(GradebookRow::studentId);
    }

    private static <T> Comparator<T> direction(Comparator<T> ascending, boolean descending) {
        return descending ? ascending.reversed() : ascending;
    }

    /** Missing values last in either direction: a student who has not submitted is not "the latest" submitter. */
    private static <T extends Comparable<T>> Comparator<GradebookRow> nullsLast(
            Function<GradebookRow, T> key, boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
