package app.lectern.classroom;

import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.StoredAnswers;
import app.lectern.question.open.OpenQuestion;
import app.lectern.scoring.ModuleResult;
import app.lectern.scoring.QuestionScore;
import app.lectern.scoring.RetryPolicy;
import app.lectern.scoring.ScoringService;
import app.lectern.study.AlreadyAnsweredException;
import app.lectern.study.Feedback;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students working on assignments: one current attempt per student and assignment, every answer graded against the
 * module snapshot the assignment pinned and stored in the transaction that grades it, feedback released as the
 * assignment's {@link FeedbackTiming} allows, and a submit that finalises the attempt once.
 *
 * <p>Every student method checks the signed-in user: only a student of the assignment's class may call it
 * ({@link AccessDeniedException} otherwise), and an assignment that has not opened yet, or of an archived class,
 * does not exist for them ({@link NoSuchElementException}). After the due date, answering and submitting are
 * refused with {@link ClassroomException} {@code classroom.error.past-due} unless late work is accepted; reading
 * one's work stays allowed.
 *
 * <p>While feedback is withheld, no penalty applies to changing an answer (the student learned nothing from the
 * earlier one): every answer is scored as a first try, up to the assignment's number of tries, and the latest
 * counts. Once feedback is shown, retries cost points as in self-study, and an open answer (waiting for review or
 * reviewed) or a fully right one stands.
 *
 * <p>Only a student's current attempt counts: a teacher's reset ({@link ReviewService#resetAttempt}) marks it
 * superseded and the next open starts a new one. A question allows the assignment's tries plus those the teacher
 * granted ({@link ReviewService#allowOneMoreTry}); a try granted after an answer that stands lets the student
 * answer again. A reviewed open answer's feedback carries the teacher's points and comment, as far as the
 * feedback timing shows feedback at all.
 */
@Service
@Transactional
public class AttemptService {

    /** The longest answer stored, as JSON; longer ones are refused with a message. */
    static final int MAX_ANSWER_CHARS = 20_000;

    /** The share of the points each retry costs once feedback is shown, as in self-study. */
    static final double PENALTY_PER_EXTRA_TRY = 0.25;

    private final AssignmentRepository assignments;
    private final ClassRepository classes;
    private final MemberRepository members;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final ScoringService scoring = new ScoringService();

    private final ModuleSnapshots snapshots;

    AttemptService(
            AssignmentRepository assignments,
            ClassRepository classes,
            MemberRepository members,
            AccountService accounts,
            CurrentUser currentUser,
            JdbcClient jdbc,
            DataSource dataSource,
            Optional<Clock> clock,
            ModuleSnapshots snapshots) {
        this.snapshots = snapshots;
        this.assignments = assignments;
        this.classes = classes;
        this.members = members;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- students ----

    /**
     * Opens the signed-in student's attempt at an assignment, starting it the first time (unless the due date has
     * passed and late work is not accepted: then the view is read-only and nothing is started).
     */
    public AttemptView open(long assignmentId) {
        Context c = studentContext(assignmentId);
        AttemptRow attempt = findAttempt(c).orElse(null);
        if (attempt == null && !c.lateClosed()) {
            attempt = createAttempt(c);
        }
        Map<String, List<ResponseRow>> rows = attempt == null ? Map.of() : responses(attempt.id());
        Map<String, ExtraTry> extras = attempt == null ? Map.of() : extraTries(attempt.id());
        boolean shown = shown(c, attempt);
        boolean closed = closed(c, attempt);
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Feedback> feedback = new HashMap<>();
        rows.forEach((qid, list) -> c.module().question(qid).ifPresent(q -> {
            ResponseRow last = list.getLast();
            ExtraTry extra = extras.get(qid);
            StoredAnswers.read(q, last.answerJson()).ifPresent(a -> {
                answers.put(qid, a);
                feedback.put(qid, feedback(c, q, a, last, allowed(c, extra), extra, shown, closed));
            });
        }));
        String lastSection = attempt == null ? null : attempt.lastSectionId();
        if (lastSection != null && c.module().section(lastSection).isEmpty()) {
            lastSection = null;
        }
        return new AttemptView(
                c.assignment(),
                c.module(),
                lastSection,
                answers,
                feedback,
                attempt == null ? null : attempt.startedAt(),
                attempt == null ? null : attempt.submittedAt(),
                shown,
                !closed,
                shown ? result(c.module(), rows) : null);
    }

    /**
     * Grades and stores the signed-in student's answer to one question, then returns the feedback the assignment
     * allows now. The response is stored before this returns.
     *
     * @throws NoSuchElementException for a question the pinned module does not have
     * @throws InvalidAnswerException for an answer that does not fit the question
     * @throws AlreadyAnsweredException when the question's tries are used up, its feedback already stands, or the
     *     same try arrived twice (double click, second tab)
     * @throws ClassroomException {@code classroom.error.submitted} after the submit, {@code classroom.error.past-due}
     *     after the due date when late work is not accepted
     */
    public Feedback answer(long assignmentId, String questionId, Answer answer) {
        Context c = studentContext(assignmentId);
        Question question = c.module()
                .question(questionId)
                .orElseThrow(() -> new NoSuchElementException("no question '" + questionId + "'"));
        if (c.lateClosed()) {
            throw new ClassroomException("classroom.error.past-due");
        }
        AttemptRow attempt = findAttempt(c).orElseGet(() -> createAttempt(c));
        if (attempt.submittedAt() != null) {
            throw new ClassroomException("classroom.error.submitted");
        }
        StoredAnswers.requireOffered(c.module(), question, answer);
        String answerJson = StoredAnswers.write(answer);
        if (answerJson.length() > MAX_ANSWER_CHARS) {
            throw new InvalidAnswerException("the answer is too long (at most " + MAX_ANSWER_CHARS + " characters)");
        }
        boolean shown = shown(c, attempt);
        List<ResponseRow> earlier = responses(attempt.id()).getOrDefault(questionId, List.of());
        ExtraTry extra = extraTries(attempt.id()).get(questionId);
        int allowed = allowed(c, extra);
        int tryNo = earlier.size() + 1;
        boolean settled = tryNo > allowed;
        if (!earlier.isEmpty() && shown) {
            settled |= stands(earlier.getLast(), extra);
        }
        if (settled) {
            throw new AlreadyAnsweredException(
                    "question '" + questionId + "' is already answered; its feedback stands");
        }
        QuestionScore score = scoring.score(question, answer, shown ? tryNo : 1, false, c.policy(allowed));
        ResponseRow row = new ResponseRow(
                0,
                questionId,
                tryNo,
                tryNo,
                answerJson,
                score.points(),
                score.maxPoints(),
                score.grade().fraction(),
                score.grade().pending(),
                c.now(),
                null,
                null);
        try {
            jdbc.sql("insert into assignment_response (attempt_id, question_id, seq, try_no, question_type,"
                            + " answer_json, points, max_points, fraction, pending, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            attempt.id(),
                            questionId,
                            row.seq(),
                            row.tryNo(),
                            QuestionTypes.of(question).name(),
                            answerJson,
                            row.points(),
                            row.maxPoints(),
                            row.fraction(),
                            row.pending(),
                            c.nowUtc())
                    .update();
        } catch (DataIntegrityViolationException e) {
            // the same try arrived twice (double click, second tab): one is stored, the other is refused
            throw new AlreadyAnsweredException("question '" + questionId + "' was just answered in another request");
        }
        // Locks the attempt row until commit, so a concurrent submit either sees this answer or refuses it.
        int open = jdbc.sql("update assignment_attempt set last_answer_at = ? where id = ? and submitted_at is null")
                .params(c.nowUtc(), attempt.id())
                .update();
        if (open == 0) {
            throw new ClassroomException("classroom.error.submitted");
        }
        return feedback(c, question, answer, row, allowed, extra, shown, false);
    }

    /**
     * Records the section the signed-in student opened, so the assignment reopens there. Ignored once the due
     * date has closed an assignment the student never started.
     *
     * @throws NoSuchElementException for a section the pinned module does not have
     */
    public void visit(long assignmentId, String sectionId) {
        Context c = studentContext(assignmentId);
        if (c.module().section(sectionId).isEmpty()) {
            throw new NoSuchElementException("no section '" + sectionId + "'");
        }
        Optional<AttemptRow> attempt = findAttempt(c);
        if (attempt.isEmpty() && c.lateClosed()) {
            return;
        }
        long id = attempt.orElseGet(() -> createAttempt(c)).id();
        jdbc.sql("update assignment_attempt set last_section_id = ? where id = ?")
                .params(sectionId, id)
                .update();
    }

    /**
     * Submits the signed-in student's attempt: from now on answers are refused. Submitting again changes nothing
     * and returns the first submission.
     *
     * @throws ClassroomException {@code classroom.error.past-due} for a first submit after the due date when late
     *     work is not accepted
     */
    public SubmitResult submit(long assignmentId) {
        Context c = studentContext(assignmentId);
        Optional<AttemptRow> existing = findAttempt(c);
        if (existing.isEmpty() || existing.get().submittedAt() == null) {
            if (c.lateClosed()) {
                throw new ClassroomException("classroom.error.past-due");
            }
            long id = existing.orElseGet(() -> createAttempt(c)).id();
            // conditional, so of two concurrent submits the first one's time stands
            jdbc.sql("update assignment_attempt set submitted_at = ? where id = ? and submitted_at is null")
                    .params(c.nowUtc(), id)
                    .update();
        }
        AttemptRow attempt = findAttempt(c).orElseThrow();
        Map<String, List<ResponseRow>> rows = responses(attempt.id());
        int answered = (int) rows.keySet().stream()
                .filter(q -> c.module().question(q).isPresent())
                .count();
        return new SubmitResult(
                attempt.submittedAt(),
                attempt.submittedAt().isAfter(c.assignment().dueAt()),
                answered,
                (int) c.module().questions().count(),
                shown(c, attempt) ? result(c.module(), rows) : null);
    }

    // ---- teachers ----

    /**
     * Every student of the assignment's class with their progress, by display name; for the class's teacher only.
     *
     * @throws AccessDeniedException for anyone but the teacher of the class
     * @throws NoSuchElementException for an unknown assignment
     */
    @Transactional(readOnly = true)
    public List<StudentProgress> progress(long assignmentId) {
        TeacherContext t = teacherContext(assignmentId);
        Assignment assignment = t.assignment();
        ClassEntity schoolClass = t.schoolClass();
        LearningModule module = t.module();
        Instant now = clock.instant();
        Map<Long, AttemptRow> attempts = new HashMap<>();
        Map<Long, Long> studentOfAttempt = new HashMap<>();
        jdbc.sql("select * from assignment_attempt where assignment_id = ? and superseded_at is null")
                .param(assignmentId)
                .query((RowCallbackHandler) rs -> {
                    AttemptRow row = attemptRow(rs);
                    attempts.put(rs.getLong("student_id"), row);
                    studentOfAttempt.put(row.id(), rs.getLong("student_id"));
                });
        Map<Long, Map<String, List<ResponseRow>>> rowsByStudent = new HashMap<>();
        jdbc.sql("select r.* from assignment_response r join assignment_attempt a on a.id = r.attempt_id"
                        + " where a.assignment_id = ? and a.superseded_at is null"
                        + " order by r.attempt_id, r.question_id, r.seq")
                .param(assignmentId)
                .query((RowCallbackHandler) rs -> rowsByStudent
                        .computeIfAbsent(studentOfAttempt.get(rs.getLong("attempt_id")), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString("question_id"), k -> new ArrayList<>())
                        .add(responseRow(rs)));
        List<StudentProgress> out = new ArrayList<>();
        for (MemberEntity member : members.findByClassIdOrderByJoinedAtAsc(schoolClass.id())) {
            Optional<UserRef> student = accounts.find(member.studentId());
            if (student.isEmpty()) {
                continue;
            }
            AttemptRow attempt = attempts.get(member.studentId());
            Map<String, List<ResponseRow>> rows = rowsByStudent.getOrDefault(member.studentId(), Map.of());
            ModuleResult result = result(module, rows);
            Instant submitted = attempt == null ? null : attempt.submittedAt();
            boolean late = submitted == null ? now.isAfter(assignment.dueAt()) : submitted.isAfter(assignment.dueAt());
            out.add(new StudentProgress(
                    member.studentId(),
                    student.get().displayName(),
                    attempt == null ? null : attempt.startedAt(),
                    submitted,
                    result.scores().size(),
                    result.points(),
                    result.maxPoints(),
                    late));
        }
        out.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.displayName(), b.displayName()));
        return out;
    }

    // ---- checks and helpers (the package's review service shares them) ----

    /** An assignment as the teacher of its class sees it. */
    record TeacherContext(UserRef teacher, ClassEntity schoolClass, Assignment assignment, LearningModule module) {}

    /**
     * The assignment for the signed-in teacher of its class.
     *
     * @throws AccessDeniedException for anyone but the teacher of the class
     * @throws NoSuchElementException for an unknown assignment
     */
    TeacherContext teacherContext(long assignmentId) {
        UserRef teacher = currentUser.require();
        if (!teacher.has(Role.TEACHER)) {
            throw new AccessDeniedException("requires " + Role.TEACHER);
        }
        AssignmentEntity entity =
                assignments.findById(assignmentId).orElseThrow(() -> new NoSuchElementException("no such assignment"));
        ClassEntity schoolClass = classes.findById(entity.classId()).orElseThrow(NoSuchElementException::new);
        if (schoolClass.teacherId() != teacher.id()) {
            throw new AccessDeniedException("not your class");
        }
        Assignment assignment = entity.toRecord(schoolClass);
        return new TeacherContext(teacher, schoolClass, assignment, snapshot(assignment));
    }

    /** The assignment as one signed-in student may work on it. */
    private record Context(UserRef student, Assignment assignment, LearningModule module, Instant now) {

        boolean pastDue() {
            return now.isAfter(assignment.dueAt());
        }

        /** Past the due date with late work refused: nothing more can be answered or submitted. */
        boolean lateClosed() {
            return pastDue() && !assignment.lateAccepted();
        }

        RetryPolicy policy(int allowed) {
            return new RetryPolicy(allowed, PENALTY_PER_EXTRA_TRY, PENALTY_PER_EXTRA_TRY);
        }

        /** The time as JDBC drivers take it: PostgreSQL's refuses a bare {@code Instant}. */
        OffsetDateTime nowUtc() {
            return now.atOffset(ZoneOffset.UTC);
        }
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
            Instant reviewedAt) {

        boolean reviewed() {
            return reviewedAt != null;
        }
    }

    /** Tries a teacher granted for one question of an attempt, and when the last one was granted. */
    record ExtraTry(int extra, Instant grantedAt) {}

    private Context studentContext(long assignmentId) {
        UserRef student = currentUser.require();
        if (!student.has(Role.STUDENT)) {
            throw new AccessDeniedException("requires " + Role.STUDENT);
        }
        AssignmentEntity entity =
                assignments.findById(assignmentId).orElseThrow(() -> new NoSuchElementException("no such assignment"));
        ClassEntity schoolClass = classes.findById(entity.classId()).orElseThrow(NoSuchElementException::new);
        if (!members.existsById(new MemberEntity.Key(schoolClass.id(), student.id()))) {
            throw new AccessDeniedException("not your class");
        }
        Instant now = clock.instant();
        Assignment assignment = entity.toRecord(schoolClass);
        if (schoolClass.archived() || assignment.opensAt().isAfter(now)) {
            throw new NoSuchElementException("no such assignment");
        }
        return new Context(student, assignment, snapshot(assignment), now);
    }

    /** Whether feedback is shown now: never before the attempt is final or the due date, as the timing says. */
    private static boolean shown(Context c, AttemptRow attempt) {
        return switch (c.assignment().feedbackTiming()) {
            case IMMEDIATE -> true;
            // an attempt closed by the due date is as final as a submitted one
            case AFTER_SUBMIT -> (attempt != null && attempt.submittedAt() != null) || c.lateClosed();
            case AFTER_DUE -> c.pastDue();
        };
    }

    private static boolean closed(Context c, AttemptRow attempt) {
        return (attempt != null && attempt.submittedAt() != null) || c.lateClosed();
    }

    /** The tries allowed for a question: the assignment's, plus those the teacher granted. */
    private static int allowed(Context c, ExtraTry extra) {
        return c.assignment().attemptsPerQuestion() + (extra == null ? 0 : extra.extra());
    }

    /**
     * Whether, with feedback shown, an answer stands and takes no further try: an open answer (waiting for review
     * or reviewed) or a fully right one, unless the teacher granted a try after it.
     */
    private static boolean stands(ResponseRow last, ExtraTry extra) {
        boolean stands = last.pending() || last.reviewed() || new Grade(last.fraction(), false).fullyRight();
        return stands && (extra == null || extra.grantedAt().isBefore(last.createdAt()));
    }

    private Feedback feedback(
            Context c,
            Question question,
            Answer answer,
            ResponseRow row,
            int allowed,
            ExtraTry extra,
            boolean shown,
            boolean closed) {
        if (!shown) {
            int left = closed ? 0 : Math.max(0, allowed - row.tryNo());
            return new Feedback(
                    question.id(),
                    0,
                    row.maxPoints(),
                    false,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    row.tryNo(),
                    left,
                    null);
        }
        QuestionType<?, ?> type = QuestionTypes.of(question);
        Grade grade = new Grade(row.fraction(), row.pending());
        boolean correct = grade.fullyRight();
        int left = closed || stands(row, extra) ? 0 : Math.max(0, allowed - row.tryNo());
        boolean settled = left == 0;
        return new Feedback(
                question.id(),
                row.points(),
                row.maxPoints(),
                correct,
                !correct && !grade.pending() && grade.fraction() > 0,
                grade.pending(),
                settled ? question.base().explanation() : null,
                type.optionFeedback(question, answer),
                settled && question.autoScored() ? type.keyText(question) : null,
                settled && question instanceof OpenQuestion open ? open.modelAnswer() : null,
                settled ? c.module().evidenceOf(question).orElse(null) : null,
                row.tryNo(),
                left,
                row.reviewed() ? row.teacherComment() : null);
    }

    ModuleResult result(LearningModule module, Map<String, List<ResponseRow>> rows) {
        Map<String, QuestionScore> latest = new LinkedHashMap<>();
        rows.forEach((qid, list) -> module.question(qid).ifPresent(q -> {
            ResponseRow last = list.getLast();
            latest.put(
                    qid,
                    new QuestionScore(
                            qid,
                            q.skill(),
                            last.points(),
                            last.maxPoints(),
                            new Grade(last.fraction(), last.pending()),
                            last.tryNo(),
                            false));
        }));
        ModuleResult result = scoring.resultWithTeacherGrading(module, latest);
        // the scoring service lists every answered open question as pending; a reviewed one no longer is
        List<String> pending = result.pendingQuestionIds().stream()
                .filter(qid -> rows.get(qid).getLast().pending())
                .toList();
        return new ModuleResult(
                result.points(),
                result.maxPoints(),
                result.bySkill(),
                result.scores(),
                result.missedQuestionIds(),
                result.unansweredQuestionIds(),
                pending);
    }

    /** The module as pinned: parsed from the stored snapshot, never from the current content folder. */
    LearningModule snapshot(Assignment assignment) {
        return snapshots.of(assignment);
    }

    private Optional<AttemptRow> findAttempt(Context c) {
        return currentAttempt(c.assignment().id(), c.student().id());
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
    private AttemptRow createAttempt(Context c) {
        long assignmentId = c.assignment().id();
        long studentId = c.student().id();
        // counted from the superseded attempts only: two requests starting the attempt at once then pick the same
        // generation and collide on the unique constraint, even when one reads after the other committed
        int generation = jdbc.sql("select coalesce(max(generation), 0) + 1 from assignment_attempt"
                        + " where assignment_id = ? and student_id = ? and superseded_at is not null")
                .params(assignmentId, studentId)
                .query(Integer.class)
                .single();
        insertUnlessDuplicate(() -> jdbc.sql("insert into assignment_attempt"
                        + " (assignment_id, student_id, generation, started_at) values (?, ?, ?, ?)")
                .params(assignmentId, studentId, generation, c.nowUtc())
                .update());
        return findAttempt(c).orElseThrow(() -> new IllegalStateException("the attempt was reset meanwhile"));
    }

    /**
     * Runs an insert; a unique-constraint violation returns {@code false} instead of failing the transaction. A
     * savepoint is needed because PostgreSQL aborts the whole transaction on a failed statement.
     */
    boolean insertUnlessDuplicate(Runnable insert) {
        // the connection of the current transaction (JPA's transaction manager does not offer nested transactions)
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set a savepoint", e);
        }
        try {
            insert.run();
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (DuplicateKeyException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
                throw e;
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release a savepoint", e);
        }
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
