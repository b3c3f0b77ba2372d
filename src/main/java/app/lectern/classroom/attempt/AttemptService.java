package app.lectern.classroom.attempt;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.answering.AlreadyAnsweredException;
import app.lectern.answering.AnswerCheck;
import app.lectern.answering.CheckedAnswer;
import app.lectern.answering.Feedback;
import app.lectern.answering.KeyRelease;
import app.lectern.answering.LatestScores;
import app.lectern.answering.Release;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.AssignmentAccess.StudentContext;
import app.lectern.classroom.AssignmentAccess.TeacherContext;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptStore.AttemptRow;
import app.lectern.classroom.attempt.AttemptStore.ExtraTry;
import app.lectern.classroom.attempt.AttemptStore.ResponseRow;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.StoredAnswers;
import app.lectern.scoring.ModuleResult;
import app.lectern.scoring.QuestionScore;
import app.lectern.scoring.RetryPolicy;
import app.lectern.scoring.ScoringService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
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
 * counts. Once feedback is shown, retries cost points as in self-study, and a reviewed open answer or a fully right
 * one stands. An open answer waiting for review can be revised until the submit (at least {@link #ESSAY_SAVES}
 * saves), and its model answer is released with the other keys, never on its first Check. An answer that is one
 * pick out of k options has at most k − 1 tries, whatever the assignment allows ({@link #triesAllowed}).
 *
 * <p>Only a student's current attempt counts: a teacher's reset ({@link ReviewService#resetAttempt}) marks it
 * superseded and the next open starts a new one. A question allows the assignment's tries plus those the teacher
 * granted ({@link ReviewService#allowOneMoreTry}); a try granted after an answer that stands lets the student
 * answer again. A grant that reopens a submitted attempt reopens the question it names for one answer only: every
 * other question stays as submitted (its key may have been shown), and the answer is charged as a retry once the
 * feedback of the submitted attempt was shown. A reviewed open answer's feedback carries the teacher's points and comment, as far as the
 * feedback timing shows feedback at all.
 */
@Service
@Transactional
public class AttemptService {

    /** The share of the points each retry costs once feedback is shown, as in self-study. */
    static final double PENALTY_PER_EXTRA_TRY = 0.25;

    /** How many times an essay can at least be saved before the submit, whatever the assignment's tries. */
    static final int ESSAY_SAVES = 10;

    private final AssignmentAccess access;
    private final AttemptStore store;
    private final AccountService accounts;
    private final Clock clock;
    private final ScoringService scoring = new ScoringService();
    private final ItemDraw draws;
    private final ApplicationEventPublisher events;

    AttemptService(
            AssignmentAccess access,
            AttemptStore store,
            AccountService accounts,
            Clock clock,
            ItemDraw draws,
            ApplicationEventPublisher events) {
        this.access = access;
        this.events = events;
        this.draws = draws;
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ---- students ----

    /**
     * Opens the signed-in student's attempt at an assignment, starting it the first time (unless the due date has
     * passed and late work is not accepted: then the view is read-only and nothing is started).
     */
    public AttemptView open(long assignmentId) {
        StudentContext c = draws.drawn(access.studentContext(assignmentId));
        AttemptRow attempt = findAttempt(c).orElse(null);
        if (attempt == null && !c.lateClosed()) {
            attempt = createAttempt(c);
        }
        Map<String, List<ResponseRow>> rows = attempt == null ? Map.of() : store.responses(attempt.id());
        Map<String, ExtraTry> extras = attempt == null ? Map.of() : store.extraTries(attempt.id());
        boolean shown = shown(c, attempt);
        boolean closed = closed(c, attempt);
        AttemptRow current = attempt;
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Feedback> feedback = new HashMap<>();
        rows.forEach((qid, list) -> c.module().question(qid).ifPresent(q -> {
            ResponseRow last = list.getLast();
            Release release = release(c, current, q, last, extras.get(qid), shown);
            StoredAnswers.read(q, last.answerJson()).ifPresent(a -> {
                answers.put(qid, a);
                feedback.put(qid, KeyRelease.feedback(c.module(), q, a, last, release));
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
                shown ? result(c.module(), rows) : null,
                attempt == null ? null : attempt.id());
    }

    /**
     * The signed-in student's score at an assignment and whether their teacher commented on an answer, once the
     * assignment shows feedback ({@link #open} releases the same); empty before that, or when they have not started.
     * Starts nothing.
     */
    public Optional<MyResult> myResult(long assignmentId) {
        StudentContext c = draws.drawn(access.studentContext(assignmentId));
        AttemptRow attempt = findAttempt(c).orElse(null);
        if (attempt == null || !shown(c, attempt)) {
            return Optional.empty();
        }
        Map<String, List<ResponseRow>> rows = store.responses(attempt.id());
        Map<String, ExtraTry> extras = store.extraTries(attempt.id());
        boolean commented = rows.entrySet().stream()
                .anyMatch(e -> c.module()
                        .question(e.getKey())
                        .flatMap(q -> {
                            ResponseRow last = e.getValue().getLast();
                            Release release = release(c, attempt, q, last, extras.get(e.getKey()), true);
                            return StoredAnswers.read(q, last.answerJson())
                                    .map(a -> KeyRelease.feedback(c.module(), q, a, last, release));
                        })
                        .map(f -> f.teacherComment() != null
                                && !f.teacherComment().isBlank())
                        .orElse(false));
        ModuleResult result = result(c.module(), rows);
        return Optional.of(new MyResult(result.points(), result.maxPoints(), commented));
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
        StudentContext c = draws.drawn(access.studentContext(assignmentId));
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
        CheckedAnswer checked = AnswerCheck.check(c.module(), question, answer);
        boolean shown = shown(c, attempt);
        List<ResponseRow> earlier = store.responses(attempt.id()).getOrDefault(questionId, List.of());
        ExtraTry extra = store.extraTries(attempt.id()).get(questionId);
        ResponseRow previous = earlier.isEmpty() ? null : earlier.getLast();
        if (reopened(attempt) && !grantUnused(extra, previous)) {
            throw new ClassroomException("classroom.error.not-granted");
        }
        Release before = previous == null ? null : release(c, attempt, question, previous, extra, shown);
        if (before != null && KeyRelease.refusesAnotherTry(previous, before)) {
            throw new AlreadyAnsweredException(
                    "question '" + questionId + "' is already answered; its feedback stands");
        }
        int tryNo = earlier.size() + 1;
        int allowed = before == null ? allowed(c, question, extra) : before.triesAllowed();
        // while feedback is withheld, changing an answer costs nothing: the student learned nothing from the last one
        QuestionScore score = checked.grade(shown ? tryNo : 1, false, policy(allowed));
        ResponseRow row = new ResponseRow(
                0,
                questionId,
                tryNo,
                tryNo,
                checked.json(),
                score.points(),
                score.maxPoints(),
                score.grade().fraction(),
                score.grade().pending(),
                c.now(),
                null,
                null);
        store.insertResponse(attempt.id(), checked.typeName(), row, c.nowUtc());
        if (!store.touchIfOpen(attempt.id(), c.nowUtc())) {
            throw new ClassroomException("classroom.error.submitted");
        }
        store.recomputeTotals(attempt.id());
        return KeyRelease.feedback(c.module(), question, answer, row, release(c, attempt, question, row, extra, shown));
    }

    /**
     * Records the section the signed-in student opened, so the assignment reopens there. Ignored once the due
     * date has closed an assignment the student never started.
     *
     * @throws NoSuchElementException for a section the pinned module does not have
     */
    public void visit(long assignmentId, String sectionId) {
        StudentContext c = draws.drawn(access.studentContext(assignmentId));
        if (c.module().section(sectionId).isEmpty()) {
            throw new NoSuchElementException("no section '" + sectionId + "'");
        }
        Optional<AttemptRow> attempt = findAttempt(c);
        if (attempt.isEmpty() && c.lateClosed()) {
            return;
        }
        store.lastSection(attempt.orElseGet(() -> createAttempt(c)).id(), sectionId);
    }

    /**
     * Submits the signed-in student's attempt: from now on answers are refused. Submitting again changes nothing
     * and returns the first submission. A submit that finalised the attempt publishes {@link AttemptSubmitted} in
     * this transaction.
     *
     * @throws ClassroomException {@code classroom.error.past-due} for a first submit after the due date when late
     *     work is not accepted
     */
    public SubmitResult submit(long assignmentId) {
        StudentContext c = draws.drawn(access.studentContext(assignmentId));
        Optional<AttemptRow> existing = findAttempt(c);
        if (existing.isEmpty() || existing.get().submittedAt() == null) {
            if (c.lateClosed()) {
                throw new ClassroomException("classroom.error.past-due");
            }
            long attemptId = existing.orElseGet(() -> createAttempt(c)).id();
            if (store.submit(attemptId, c.nowUtc())) {
                store.recomputeTotals(attemptId);
                events.publishEvent(
                        new AttemptSubmitted(c.assignment().id(), c.student().id()));
            }
        }
        AttemptRow attempt = findAttempt(c).orElseThrow();
        Map<String, List<ResponseRow>> rows = store.responses(attempt.id());
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
        TeacherContext t = access.teacherContext(assignmentId);
        Assignment assignment = t.assignment();
        Instant now = clock.instant();
        Map<Long, AttemptRow> attempts = store.currentAttempts(assignmentId);
        Map<Long, Map<String, List<ResponseRow>>> rowsByStudent = store.currentResponses(assignmentId);
        List<StudentProgress> out = new ArrayList<>();
        for (long studentId : access.studentIds(t)) {
            Optional<UserRef> student = accounts.find(studentId);
            if (student.isEmpty()) {
                continue;
            }
            AttemptRow attempt = attempts.get(studentId);
            ModuleResult result = result(
                    draws.asDrawnFor(t.module(), assignmentId, studentId),
                    rowsByStudent.getOrDefault(studentId, Map.of()));
            Instant submitted = attempt == null ? null : attempt.submittedAt();
            boolean late = submitted == null ? now.isAfter(assignment.dueAt()) : submitted.isAfter(assignment.dueAt());
            out.add(new StudentProgress(
                    studentId,
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

    // ---- rules ----

    /**
     * Whether feedback is shown now: as the assignment's timing says, the attempt being final or not. An attempt a
     * grant reopened counts as final: its feedback was shown once, and only the granted question takes an answer.
     */
    private static boolean shown(StudentContext c, AttemptRow attempt) {
        return c.assignment()
                .feedbackReleased(attempt != null && (attempt.submittedAt() != null || reopened(attempt)), c.now());
    }

    /** Whether the attempt was submitted and then reopened by a teacher's grant. */
    private static boolean reopened(AttemptRow attempt) {
        return attempt != null && attempt.submittedAt() == null && attempt.firstSubmittedAt() != null;
    }

    /** Whether a try the teacher granted at a question is still unused (granted after its latest response). */
    private static boolean grantUnused(ExtraTry extra, ResponseRow latest) {
        return extra != null && (latest == null || extra.grantedAfter(latest));
    }

    /** Whether the attempt takes no more answers: submitted, or closed by the due date. */
    private static boolean closed(StudentContext c, AttemptRow attempt) {
        return (attempt != null && attempt.submittedAt() != null) || c.lateClosed();
    }

    /** The tries allowed for a question: see {@link #triesAllowed}. */
    private static int allowed(StudentContext c, Question question, ExtraTry extra) {
        return triesAllowed(c.assignment(), question, extra == null ? 0 : extra.extra());
    }

    /**
     * The tries a question of the assignment allows: the assignment's, at most k − 1 for an answer that is one pick
     * out of k options ({@link RetryPolicy#forQuestion}); for an open question, which is revised until the submit and
     * learns nothing from feedback before it, at least {@link #ESSAY_SAVES}; plus the tries the teacher granted.
     */
    static int triesAllowed(Assignment assignment, Question question, int granted) {
        int tries = question.autoScored()
                ? policy(assignment.attemptsPerQuestion()).forQuestion(question).attemptsPerQuestion()
                : Math.max(assignment.attemptsPerQuestion(), ESSAY_SAVES);
        return tries + granted;
    }

    /**
     * What of a question's feedback is released after a response. In an attempt a grant reopened, the granted
     * question takes exactly one more answer and every other question is closed.
     */
    private static Release release(
            StudentContext c,
            AttemptRow attempt,
            Question question,
            ResponseRow response,
            ExtraTry extra,
            boolean shown) {
        boolean unused = grantUnused(extra, response);
        if (reopened(attempt)) {
            return new Release(shown, unused ? response.tryNo() + 1 : response.tryNo(), !unused, unused, true);
        }
        return new Release(shown, allowed(c, question, extra), closed(c, attempt), unused, true);
    }

    private static RetryPolicy policy(int allowed) {
        return new RetryPolicy(allowed, PENALTY_PER_EXTRA_TRY, PENALTY_PER_EXTRA_TRY);
    }

    /** The score of the latest responses; open answers count once the teacher reviewed them. */
    private ModuleResult result(LearningModule module, Map<String, List<ResponseRow>> rows) {
        return scoring.resultWithTeacherGrading(module, LatestScores.of(module, rows));
    }

    private Optional<AttemptRow> findAttempt(StudentContext c) {
        return store.currentAttempt(c.assignment().id(), c.student().id());
    }

    private AttemptRow createAttempt(StudentContext c) {
        return store.createAttempt(c.assignment().id(), c.student().id(), c.nowUtc());
    }
}
