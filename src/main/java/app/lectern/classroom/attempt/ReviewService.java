package app.lectern.classroom.attempt;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.AssignmentAccess.TeacherContext;
import app.lectern.classroom.attempt.AttemptStore.AttemptRow;
import app.lectern.classroom.attempt.AttemptStore.ExtraTry;
import app.lectern.classroom.attempt.AttemptStore.ResponseRow;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.question.Grade;
import app.lectern.question.QuestionTypes;
import app.lectern.question.StoredAnswers;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a teacher does with their students' work on an assignment: grade open answers against the rubric with a
 * comment, look at one student's work, reset a student's attempt, allow one more try at a question.
 *
 * <p>Every method is for the teacher of the assignment's class only ({@link AccessDeniedException} for anyone
 * else, anonymous included); an unknown assignment, a response of another assignment, a student outside the class
 * or a question the pinned module lacks is a {@link NoSuchElementException}, so ids taken from a URL are never
 * trusted. Refused input raises {@link ClassroomException} with a translation key. Nothing a student wrote is ever
 * deleted or changed: a grade updates the response's points and review, a reset only marks the attempt superseded.
 */
@Service
@Transactional
public class ReviewService {

    /** The longest comment to a student. */
    public static final int MAX_COMMENT = 2000;

    private final ItemDraw draws;
    private final AssignmentAccess access;
    private final AttemptStore attempts;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewService(
            AssignmentAccess access,
            AttemptStore attempts,
            ItemDraw draws,
            AccountService accounts,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.draws = draws;
        this.attempts = attempts;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The assignment, for its teacher.
     *
     * @throws AccessDeniedException for anyone but the teacher of the class
     * @throws NoSuchElementException for an unknown assignment
     */
    @Transactional(readOnly = true)
    public Assignment assignment(long assignmentId) {
        return access.teacherContext(assignmentId).assignment();
    }

    /**
     * The open answers waiting for review: the latest answer to each open question in every current attempt of a
     * student of the class, by question in reading order, then by student name.
     */
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(long assignmentId) {
        TeacherContext t = access.teacherContext(assignmentId);
        Map<Long, String> names = studentNames(t);
        Map<Long, AttemptRow> current = new HashMap<>();
        jdbc.sql("select * from assignment_attempt where assignment_id = ? and superseded_at is null")
                .param(assignmentId)
                .query((RowCallbackHandler) rs -> {
                    AttemptRow row = AttemptStore.attemptRow(rs);
                    current.put(row.id(), row);
                });
        List<ReviewItem> out = new ArrayList<>();
        List<Question> questions = t.module().questions().toList();
        for (AttemptRow attempt : current.values()) {
            String name = names.get(attempt.studentId());
            if (name == null) {
                continue; // no longer in the class
            }
            Map<String, List<ResponseRow>> rows = attempts.responses(attempt.id());
            for (Question q : questions) {
                List<ResponseRow> list = rows.get(q.id());
                if (!(q instanceof OpenQuestion open)
                        || list == null
                        || !list.getLast().pending()) {
                    continue;
                }
                ResponseRow last = list.getLast();
                out.add(new ReviewItem(
                        last.id(),
                        attempt.studentId(),
                        name,
                        q.id(),
                        questions.indexOf(q) + 1,
                        Markdown.plainText(q.base().prompt()),
                        scale(open, last.maxPoints()),
                        answerText(q, last),
                        last.createdAt(),
                        attempt.submittedAt() != null));
            }
        }
        Map<String, Integer> order = new HashMap<>();
        questions.forEach(q -> order.put(q.id(), order.size()));
        out.sort((a, b) -> {
            int byQuestion = Integer.compare(order.get(a.questionId()), order.get(b.questionId()));
            return byQuestion != 0
                    ? byQuestion
                    : String.CASE_INSENSITIVE_ORDER.compare(a.studentName(), b.studentName());
        });
        return out;
    }

    /**
     * Grades an open answer: its points and the comment become the student's feedback (when the assignment's
     * feedback timing shows feedback). Grading again overwrites the review; the answer itself is never changed.
     * Publishes {@link AnswerGraded} in this transaction.
     *
     * @param points one of {@link GradingScale#allowedPoints()} of the question
     * @param comment a comment to the student, at most {@link #MAX_COMMENT} characters, or blank for none
     * @throws NoSuchElementException for a response that is not of this assignment
     * @throws ClassroomException {@code classroom.review.error.not-open} for an automatically scored answer,
     *     {@code .reset} for an answer of a reset attempt, {@code .not-latest} when the student has answered the
     *     question again, {@code .points} for points the rubric does not allow, {@code .comment-too-long}
     */
    public void grade(long assignmentId, long responseId, double points, String comment) {
        TeacherContext t = access.teacherContext(assignmentId);
        record Found(ResponseRow row, long attemptId, long studentId, boolean superseded) {}
        Found found = jdbc.sql(
                        "select r.*, a.superseded_at as attempt_superseded_at, a.student_id as attempt_student_id"
                                + " from assignment_response r join assignment_attempt a on a.id = r.attempt_id"
                                + " where r.id = ? and a.assignment_id = ?")
                .params(responseId, assignmentId)
                .query((rs, n) -> new Found(
                        AttemptStore.responseRow(rs),
                        rs.getLong("attempt_id"),
                        rs.getLong("attempt_student_id"),
                        rs.getObject("attempt_superseded_at", OffsetDateTime.class) != null))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no such answer"));
        Question question = t.module()
                .question(found.row().questionId())
                .orElseThrow(() -> new NoSuchElementException("no such question"));
        if (!(question instanceof OpenQuestion open)) {
            throw new ClassroomException("classroom.review.error.not-open");
        }
        if (found.superseded()) {
            throw new ClassroomException("classroom.review.error.reset");
        }
        ResponseRow latest =
                attempts.responses(found.attemptId()).get(question.id()).getLast();
        if (latest.id() != responseId) {
            throw new ClassroomException("classroom.review.error.not-latest");
        }
        GradingScale scale = scale(open, found.row().maxPoints());
        if (!scale.allows(points)) {
            throw scale.allowedPoints().isEmpty()
                    ? new ClassroomException("classroom.review.error.points-range", format(scale.maxPoints()))
                    : new ClassroomException(
                            "classroom.review.error.points",
                            scale.allowedPoints().stream()
                                    .map(ReviewService::format)
                                    .collect(Collectors.joining(", ")));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new ClassroomException("classroom.review.error.comment-too-long", MAX_COMMENT);
        }
        double max = found.row().maxPoints();
        double fraction = max > 0 ? Math.min(1.0, points / max) : 0.0;
        jdbc.sql("update assignment_response set points = ?, fraction = ?, pending = ?, teacher_comment = ?,"
                        + " reviewed_at = ?, reviewed_by = ? where id = ?")
                .params(points, fraction, false, text, now(), t.teacher().id(), responseId)
                .update();
        attempts.recomputeTotals(found.attemptId());
        events.publishEvent(new AnswerGraded(assignmentId, found.studentId()));
    }

    /**
     * One student's current attempt: per question of the pinned module their latest answer as text, score, tries
     * and review.
     *
     * @throws NoSuchElementException for a student who is not in the assignment's class
     */
    @Transactional(readOnly = true)
    public StudentWork studentWork(long assignmentId, long studentId) {
        TeacherContext t = access.teacherContext(assignmentId);
        String name = student(t, studentId);
        Optional<AttemptRow> attempt = attempts.currentAttempt(assignmentId, studentId);
        Map<String, List<ResponseRow>> rows =
                attempt.map(a -> attempts.responses(a.id())).orElse(Map.of());
        Map<String, ExtraTry> extras =
                attempt.map(a -> attempts.extraTries(a.id())).orElse(Map.of());
        int superseded = jdbc.sql("select count(*) from assignment_attempt where assignment_id = ? and student_id = ?"
                        + " and superseded_at is not null")
                .params(assignmentId, studentId)
                .query(Integer.class)
                .single();
        List<StudentWork.QuestionWork> questions = new ArrayList<>();
        // the student's drawn variants only: a variant of a pool they never got is not "unanswered"
        List<Question> all = draws.asDrawnFor(t.module(), assignmentId, studentId)
                .questions()
                .toList();
        for (Question q : all) {
            List<ResponseRow> list = rows.getOrDefault(q.id(), List.of());
            ResponseRow last = list.isEmpty() ? null : list.getLast();
            ExtraTry extra = extras.get(q.id());
            int extraTries = extra == null ? 0 : extra.extra();
            questions.add(new StudentWork.QuestionWork(
                    q.id(),
                    all.indexOf(q) + 1,
                    QuestionTypes.of(q).name(),
                    Markdown.plainText(q.base().prompt()),
                    last == null ? null : answerText(q, last),
                    last == null ? null : last.id(),
                    last == null ? null : last.createdAt(),
                    last == null ? 0 : last.points(),
                    last == null ? q.points() : last.maxPoints(),
                    last != null && !last.pending() && new Grade(last.fraction(), false).fullyRight(),
                    last != null && last.pending(),
                    list.size(),
                    AttemptService.triesAllowed(t.assignment(), q, extraTries),
                    extraTries,
                    last == null || !last.reviewed()
                            ? null
                            : new StudentWork.Review(last.points(), last.teacherComment(), last.reviewedAt()),
                    q instanceof OpenQuestion open ? scale(open, last == null ? q.points() : last.maxPoints()) : null));
        }
        return new StudentWork(
                t.assignment(),
                studentId,
                name,
                attempt.isPresent(),
                attempt.map(AttemptRow::startedAt).orElse(null),
                attempt.map(AttemptRow::submittedAt).orElse(null),
                attempt.map(AttemptRow::firstSubmittedAt).orElse(null),
                superseded,
                questions);
    }

    /**
     * Resets a student's attempt: it stays stored but no longer counts, and the student starts afresh the next
     * time they open the assignment (with the assignment's tries, no extra ones).
     *
     * @return whether there was an attempt to reset ({@code false} when the student had not started, or a reset
     *     arrived twice)
     * @throws NoSuchElementException for a student who is not in the assignment's class
     */
    public boolean resetAttempt(long assignmentId, long studentId) {
        TeacherContext t = access.teacherContext(assignmentId);
        student(t, studentId);
        boolean reset =
                jdbc.sql("update assignment_attempt set superseded_at = ? where assignment_id = ? and student_id = ?"
                                        + " and superseded_at is null")
                                .params(now(), assignmentId, studentId)
                                .update()
                        > 0;
        if (reset) {
            draws.retire(assignmentId, studentId, clock.instant());
        }
        return reset;
    }

    /**
     * Gives a student one more try at a question of their current attempt, unless the try granted last is still
     * unused (then the student has it already, and nothing is added); a submitted attempt is reopened (its
     * first submission time is kept) so the student can use the try and submit again. The reopened attempt takes
     * one answer to this question and none to any other (see {@link AttemptService}).
     *
     * @throws NoSuchElementException for a student who is not in the class or a question the pinned module lacks
     * @throws ClassroomException {@code classroom.review.error.not-started} when the student has no current attempt
     *     (they have all their tries), {@code classroom.review.error.closed} after the due date when the assignment
     *     accepts no late work (the student could not use the try)
     * @return whether a try was added; {@code false} when the last one granted is still unused (a double click)
     */
    public boolean allowOneMoreTry(long assignmentId, long studentId, String questionId) {
        TeacherContext t = access.teacherContext(assignmentId);
        String name = student(t, studentId);
        if (questionId == null || t.module().question(questionId).isEmpty()) {
            throw new NoSuchElementException("no question '" + questionId + "'");
        }
        AttemptRow attempt = attempts.currentAttempt(assignmentId, studentId)
                .orElseThrow(() -> new ClassroomException("classroom.review.error.not-started", name));
        Instant now = clock.instant();
        if (now.isAfter(t.assignment().dueAt()) && !t.assignment().lateAccepted()) {
            throw new ClassroomException("classroom.review.error.closed");
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // A grant the student has not used yet (no answer since) is not added to: a double click, a second tab or a
        // resent request gives one try, not two. The condition is part of the update, so of two concurrent grants
        // the second finds the first one's fresh granted_at and changes nothing.
        boolean granted = 0
                < jdbc.sql("update assignment_extra_try set extra = extra + 1, granted_at = ?"
                                + " where attempt_id = ? and question_id = ? and exists (select 1 from"
                                + " assignment_response r where r.attempt_id = assignment_extra_try.attempt_id"
                                + " and r.question_id = assignment_extra_try.question_id"
                                + " and r.created_at > assignment_extra_try.granted_at)")
                        .params(at, attempt.id(), questionId)
                        .update();
        if (!granted) {
            // the first grant; a duplicate means a grant exists and is still unused
            granted = attempts.insertUnlessDuplicate(() -> jdbc.sql("insert into assignment_extra_try"
                            + " (attempt_id, question_id, extra, granted_at) values (?, ?, 1, ?)")
                    .params(attempt.id(), questionId, at)
                    .update());
        }
        if (jdbc.sql("update assignment_attempt set first_submitted_at = coalesce(first_submitted_at, submitted_at),"
                                + " submitted_at = null where id = ? and submitted_at is not null")
                        .param(attempt.id())
                        .update()
                > 0) {
            // the submit no longer ends the active time
            attempts.recomputeTotals(attempt.id());
        }
        return granted;
    }

    // ---- helpers ----

    /** How an open question is graded: criteria that add up, or levels (see {@link GradingScale}). */
    static GradingScale scale(OpenQuestion question, double maxPoints) {
        List<RubricLevel> rubric = question.rubric() == null ? List.of() : question.rubric();
        List<RubricLevel> plain = rubric.stream()
                .map(l -> new RubricLevel(l.points(), Markdown.plainText(l.description())))
                .toList();
        if (rubric.isEmpty()) {
            return new GradingScale(maxPoints, plain, false, List.of());
        }
        double sum = rubric.stream().mapToDouble(RubricLevel::points).sum();
        boolean criteria = rubric.size() > 1 && Math.abs(sum - maxPoints) < 1e-6;
        TreeSet<Double> allowed = new TreeSet<>();
        allowed.add(0.0);
        if (criteria) {
            // every sum of criteria; a rubric has at most 10 lines, so at most 1024 sums
            for (int mask = 1; mask < (1 << rubric.size()); mask++) {
                double total = 0;
                for (int i = 0; i < rubric.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        total += rubric.get(i).points();
                    }
                }
                allowed.add(round(total));
            }
        } else {
            rubric.stream()
                    .map(RubricLevel::points)
                    .filter(p -> p <= maxPoints + 1e-6)
                    .forEach(p -> allowed.add(round(p)));
        }
        return new GradingScale(maxPoints, plain, criteria, List.copyOf(allowed));
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }

    private static String format(double points) {
        return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
    }

    private static String answerText(Question question, ResponseRow row) {
        return StoredAnswers.read(question, row.answerJson())
                .map(a -> QuestionTypes.of(question).answerText(question, a))
                .orElse(row.answerJson());
    }

    /** The display name of a student of the assignment's class. */
    private String student(TeacherContext t, long studentId) {
        if (!access.isStudent(t, studentId)) {
            throw new NoSuchElementException("no such student in this class");
        }
        return accounts.find(studentId).map(UserRef::displayName).orElseThrow(NoSuchElementException::new);
    }

    private Map<Long, String> studentNames(TeacherContext t) {
        Map<Long, String> names = new HashMap<>();
        for (long studentId : access.studentIds(t)) {
            accounts.find(studentId).ifPresent(u -> names.put(u.id(), u.displayName()));
        }
        return names;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
