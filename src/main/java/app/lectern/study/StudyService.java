package app.lectern.study;

import app.lectern.answering.AlreadyAnsweredException;
import app.lectern.answering.AnswerCheck;
import app.lectern.answering.CheckedAnswer;
import app.lectern.answering.DisplayOrder;
import app.lectern.answering.Feedback;
import app.lectern.answering.KeyRelease;
import app.lectern.answering.LatestScores;
import app.lectern.answering.Release;
import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.StoredAnswers;
import app.lectern.scoring.ModuleResult;
import app.lectern.scoring.QuestionScore;
import app.lectern.scoring.RetryPolicy;
import app.lectern.scoring.ScoringService;
import app.lectern.storage.DisplaySeeds;
import app.lectern.storage.DuplicateSafeInsert;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-study: grades answers on the server, stores every response in the transaction that grades it, and keeps
 * each anonymous learner's place in every module. Answer keys never leave this service except as {@link
 * Feedback} for a question the learner has submitted.
 */
@Service
public class StudyService {

    /** The retry policy of self-study. */
    public static final RetryPolicy POLICY = RetryPolicy.SELF_STUDY;

    /**
     * The longest stored answer (as JSON) of a learner without an account: an open answer of ordinary prose up to
     * {@link AnswerCheck#MAX_OPEN_TEXT} characters fits, with room for its quotes and line breaks, while text that
     * JSON escapes to many times its length (a flood's cheapest way to disk) does not; a signed-in learner may store
     * up to {@link AnswerCheck#MAX_STORED_CHARS}.
     */
    public static final int MAX_ANONYMOUS_STORED_CHARS = AnswerCheck.MAX_OPEN_TEXT + 1_000;

    private final ContentCatalog catalog;
    private final LearnerRepository learners;
    private final ProgressRepository progresses;
    private final ResponseRepository responses;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final LearnerClaims claims;
    private final DisplaySeeds displaySeeds;
    private final SaveAllowance allowance;
    private final AssignedModules assigned;
    private final ScoringService scoring = new ScoringService();
    private final Clock clock;

    StudyService(
            ContentCatalog catalog,
            LearnerRepository learners,
            ProgressRepository progresses,
            ResponseRepository responses,
            JdbcClient jdbc,
            DataSource dataSource,
            LearnerClaims claims,
            DisplaySeeds displaySeeds,
            SaveAllowance allowance,
            AssignedModules assigned,
            Clock clock) {
        this.catalog = catalog;
        this.learners = learners;
        this.progresses = progresses;
        this.responses = responses;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.claims = claims;
        this.displaySeeds = displaySeeds;
        this.allowance = allowance;
        this.assigned = assigned;
        this.clock = clock;
    }

    /**
     * The signed-in student's open assignment of a module, if any: they work on the module there, so the library
     * and the reader send them to it instead of self-study.
     */
    @Transactional(readOnly = true)
    public Optional<AssignedModules.OpenAssignment> openAssignmentOfMine(String moduleId) {
        return assigned.openAssignmentOfMine(moduleId);
    }

    /**
     * Whether self-study holds the key back for this learner and module: while the account's class has the
     * module open as an assignment whose teacher chose so. Only an account's learner can be known to be in a class;
     * anonymous self-study of a public module stays as it is for everyone else.
     */
    private boolean keyHeldBack(UUID learner, String moduleId) {
        return claims.userOf(learner)
                .filter(user -> assigned.selfStudyKeyHeldBack(user, moduleId))
                .isPresent();
    }

    /** The library: every servable module with this learner's progress. */
    @Transactional(readOnly = true)
    public List<LibraryEntry> library(UUID learner) {
        Map<String, Set<String>> answered = responses.currentOfLearner(learner).stream()
                .collect(Collectors.groupingBy(
                        r -> r.moduleId, Collectors.mapping(r -> r.questionId, Collectors.toSet())));
        return catalog.modules().stream()
                .map(m -> {
                    Set<String> ids = m.questions().map(Question::id).collect(Collectors.toSet());
                    Set<String> done = new HashSet<>(answered.getOrDefault(m.id(), Set.of()));
                    done.retainAll(ids);
                    return new LibraryEntry(m, done.size(), ids.size());
                })
                .toList();
    }

    /** A servable module. */
    public Optional<LearningModule> module(String moduleId) {
        return catalog.module(moduleId);
    }

    /** The learner's display orders: the same shuffled order of a question on every render (see {@link DisplaySeeds}). */
    public DisplayOrder displayOrder(UUID learner) {
        return displaySeeds.forLearner(learner);
    }

    /** Everything needed to restore the reader for this learner. */
    @Transactional(readOnly = true)
    public LearnerProgress progress(UUID learner, String moduleId) {
        LearningModule module = require(moduleId);
        Optional<ProgressEntity> progress = progresses.findById(new ProgressEntity.Key(learner, moduleId));
        if (progress.isEmpty()) {
            return new LearnerProgress(null, Map.of(), Map.of(), Set.of(), Set.of());
        }
        int round = progress.get().round();
        Map<String, List<ResponseEntity>> active = activeByQuestion(module, learner, round);
        boolean heldBack = keyHeldBack(learner, moduleId);
        Map<String, Feedback> feedback = new HashMap<>();
        Map<String, Answer> answers = new HashMap<>();
        active.forEach((qid, rows) -> module.question(qid).ifPresent(q -> {
            ResponseEntity last = rows.getLast();
            StoredAnswers.read(q, last.answerJson).ifPresent(answer -> {
                answers.put(qid, answer);
                feedback.put(
                        qid,
                        KeyRelease.feedback(
                                module, q, answer, last, heldBack ? release(q).withKeyHeldBack() : release(q)));
            });
        }));
        Set<String> hints = new HashSet<>(
                jdbc.sql("select question_id from study_hint where learner_id = ? and module_id = ? and round = ?")
                        .params(learner, moduleId, round)
                        .query(String.class)
                        .list());
        Set<String> visited = new HashSet<>(
                jdbc.sql("select section_id from study_visit where learner_id = ? and module_id = ? and round = ?")
                        .params(learner, moduleId, round)
                        .query(String.class)
                        .list());
        Set<String> completed = new HashSet<>();
        for (Section s : module.sections()) {
            if (LearnerProgress.sectionDone(
                    s, id -> LearnerProgress.finished(feedback.get(id)), visited.contains(s.id()))) {
                completed.add(s.id());
            }
        }
        String last = progress.get().lastSectionId();
        if (last != null && module.section(last).isEmpty()) {
            last = null;
        }
        return new LearnerProgress(last, feedback, answers, hints, completed);
    }

    /**
     * Grades and stores a response, then returns its feedback. The row is committed before this returns, so
     * whatever feedback the learner sees is already saved.
     *
     * @throws NoSuchElementException for an unknown module or question
     * @throws InvalidAnswerException for an answer that does not fit the question, or one of a learner without an
     *     account longer than {@link #MAX_ANONYMOUS_STORED_CHARS}
     * @throws SavingTooFastException when the learner, or the anonymous learners of the address, stored too many
     *     answers in the last minute or hour ({@link SaveAllowance}); nothing is stored
     * @throws AlreadyAnsweredException when the question is already settled (right, out of tries, or pending)
     */
    @Transactional
    public Feedback submit(UUID learner, String moduleId, String questionId, Answer answer) {
        LearningModule module = require(moduleId);
        Question question = module.question(questionId)
                .orElseThrow(() -> new NoSuchElementException("no question '" + questionId + "' in " + moduleId));
        CheckedAnswer checked = AnswerCheck.check(module, question, answer);
        ProgressEntity progress = ensureProgress(learner, moduleId);
        int round = progress.round();
        List<ResponseEntity> ofQuestion = responses.inRound(learner, moduleId, round).stream()
                .filter(r -> r.questionId.equals(questionId))
                .toList();
        List<ResponseEntity> rows = ofQuestion.stream()
                .filter(r -> r.moduleVersion == module.version())
                .toList();
        List<ResponseEntity> active = rows.stream().filter(r -> !r.reopened).toList();
        if (!active.isEmpty()) {
            ResponseEntity last = active.getLast();
            boolean settled = StoredAnswers.read(question, last.answerJson).isEmpty()
                    || KeyRelease.refusesAnotherTry(last, release(question));
            if (settled) {
                throw new AlreadyAnsweredException(
                        "question '" + questionId + "' is already answered; its feedback stands");
            }
        }
        int tryNo = active.size() + 1;
        // Re-opened questions ("retry what I missed") keep their penalty: the ceiling follows every try made in
        // this round, capped at the policy's last try, so retrying can never beat answering well the first time.
        RetryPolicy policy = POLICY.forQuestion(question);
        int creditTry = Math.min(rows.size() + 1, policy.attemptsPerQuestion());
        boolean hint = hintTaken(learner, moduleId, round, questionId);
        QuestionScore score = checked.grade(creditTry, hint, policy);

        ResponseEntity row = new ResponseEntity(learner, moduleId, module.version(), round, questionId);
        row.seq = ofQuestion.stream().mapToInt(r -> r.seq).max().orElse(0) + 1;
        row.tryNo = tryNo;
        row.questionType = checked.typeName();
        row.answerJson = checked.json();
        row.points = score.points();
        row.maxPoints = score.maxPoints();
        row.fraction = score.grade().fraction();
        row.pending = score.grade().pending();
        row.hintUsed = hint;
        row.reopened = false;
        row.createdAt = clock.instant();
        boolean anonymous = !claims.claimed(learner);
        if (anonymous && row.answerJson.length() > MAX_ANONYMOUS_STORED_CHARS) {
            throw new InvalidAnswerException("Without an account, an answer is kept up to " + MAX_ANONYMOUS_STORED_CHARS
                    + " characters; shorten it, or sign in to save a longer one.");
        }
        allowance.take(learner, anonymous);
        try {
            responses.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            // the same try arrived twice (double click, second tab): one is stored, the other is refused
            throw new AlreadyAnsweredException("question '" + questionId + "' was just answered in another request");
        }
        return KeyRelease.feedback(
                module,
                question,
                answer,
                row,
                keyHeldBack(learner, moduleId) ? release(question).withKeyHeldBack() : release(question));
    }

    /** Self-study releases feedback at once, with the policy's tries for the question. */
    private static Release release(Question question) {
        return Release.selfStudy(POLICY.forQuestion(question));
    }

    /** Shows a question's hint, recording that it was taken (it can cost points). */
    @Transactional
    public String takeHint(UUID learner, String moduleId, String questionId) {
        LearningModule module = require(moduleId);
        Question question = module.question(questionId)
                .orElseThrow(() -> new NoSuchElementException("no question '" + questionId + "' in " + moduleId));
        String hint = question.base().hint();
        if (hint == null) {
            throw new NoSuchElementException("question '" + questionId + "' has no hint");
        }
        ProgressEntity progress = ensureProgress(learner, moduleId);
        if (!hintTaken(learner, moduleId, progress.round(), questionId)) {
            jdbc.sql("insert into study_hint (learner_id, module_id, round, question_id, created_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(learner, moduleId, progress.round(), questionId, now())
                    .update();
        }
        return hint;
    }

    /** Records that the learner opened a section, so the reader reopens it next time. */
    @Transactional
    public void visit(UUID learner, String moduleId, String sectionId) {
        LearningModule module = require(moduleId);
        if (module.section(sectionId).isEmpty()) {
            throw new NoSuchElementException("no section '" + sectionId + "' in " + moduleId);
        }
        ProgressEntity progress = ensureProgress(learner, moduleId);
        progress.visit(sectionId, clock.instant());
        Integer seen = jdbc.sql("select count(*) from study_visit where learner_id = ? and module_id = ?"
                        + " and round = ? and section_id = ?")
                .params(learner, moduleId, progress.round(), sectionId)
                .query(Integer.class)
                .single();
        if (seen == 0) {
            jdbc.sql("insert into study_visit (learner_id, module_id, round, section_id, created_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(learner, moduleId, progress.round(), sectionId, now())
                    .update();
        }
    }

    /** The learner's score: totals, per skill, missed and unanswered questions. */
    @Transactional(readOnly = true)
    public ModuleResult result(UUID learner, String moduleId) {
        LearningModule module = require(moduleId);
        Map<String, QuestionScore> latest = progresses
                .findById(new ProgressEntity.Key(learner, moduleId))
                .map(p -> LatestScores.of(module, activeByQuestion(module, learner, p.round())))
                .orElse(Map.of());
        return scoring.result(module, latest);
    }

    /** Starts the module afresh; earlier answers stay stored under the previous round. */
    @Transactional
    public void startOver(UUID learner, String moduleId) {
        require(moduleId);
        ensureProgress(learner, moduleId).nextRound(clock.instant());
    }

    /**
     * Re-opens the questions the learner missed (answered without full marks), so they can be answered again.
     * The earlier responses stay stored.
     *
     * @return the re-opened question ids, in reading order
     */
    @Transactional
    public List<String> retryMissed(UUID learner, String moduleId) {
        LearningModule module = require(moduleId);
        LearnerProgress progress = progress(learner, moduleId);
        List<String> missed = new ArrayList<>(result(learner, moduleId).missedQuestionIds().stream()
                .filter(id -> progress.feedback().containsKey(id)
                        && !progress.feedback().get(id).canRetry())
                .toList());
        if (missed.isEmpty()) {
            return List.of();
        }
        responses.reopen(learner, moduleId, ensureProgress(learner, moduleId).round(), missed);
        List<String> order = module.questions().map(Question::id).toList();
        missed.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        return missed;
    }

    /**
     * The self-study learner of an account, created the first time it is needed. The reader uses it instead of
     * the browser's anonymous learner while the user is signed in, so their progress follows them to every
     * device.
     */
    @Transactional
    public UUID accountLearner(long userId) {
        return claims.accountLearner(userId);
    }

    /**
     * Claims the self-study progress of an anonymous learner (the browser's cookie) into an account; called when
     * the user signs in. Nothing is ever deleted or overwritten:
     *
     * <ul>
     *   <li>an unknown, absent, already claimed or other account's learner: nothing moves (and nothing is created);
     *   <li>otherwise every module the account's learner (created now if it has none) has not started (no
     *       progress, response, hint or visit) moves over with all its rounds; a module both have started keeps the
     *       account's progress, and the anonymous learner's rows of that module stay stored under the anonymous id,
     *       which is marked as merged.
     * </ul>
     *
     * <p>The account's learner is never the cookie's id, and a merged id is never honoured from a cookie again
     * ({@link LearnerCookieFilter}): a cookie value planted on a shared computer before the sign-in reaches nothing
     * of the account.
     *
     * @param anonymousLearner the browser's learner id, or {@code null} if it has none
     * @return the account's learner and what happened to each module
     */
    @Transactional
    public Claim claim(UUID anonymousLearner, long userId) {
        return claims.claim(anonymousLearner, userId);
    }

    /**
     * What a sign-in claimed.
     *
     * @param accountLearner the account's learner, which the reader uses from now on, or {@code null} if the
     *     account has none yet and there was nothing to claim ({@link #accountLearner} creates it when needed)
     * @param movedModules modules whose progress now belongs to the account
     * @param keptModules modules the account had already started: its progress wins, the anonymous rounds stay
     *     stored under the anonymous learner id
     */
    public record Claim(UUID accountLearner, List<String> movedModules, List<String> keptModules) {

        /** Copies the lists. */
        public Claim {
            movedModules = List.copyOf(movedModules);
            keptModules = List.copyOf(keptModules);
        }
    }

    /**
     * Makes sure the learner exists, as a new anonymous learner if it does not yet, and marks it seen now: what a
     * feature that keeps rows per learner (referencing {@code learner}) calls before its first insert.
     */
    @Transactional
    public void ensureLearner(UUID learner) {
        seen(learner);
    }

    private void seen(UUID learner) {
        Optional<LearnerEntity> known = learners.findById(learner);
        if (known.isPresent()) {
            known.get().seen(clock.instant());
        } else {
            DuplicateSafeInsert.run(
                    dataSource,
                    () -> jdbc.sql("insert into learner (id, created_at, last_seen_at) values (?, ?, ?)")
                            .params(learner, now(), now())
                            .update());
        }
    }

    private LearningModule require(String moduleId) {
        return catalog.module(moduleId).orElseThrow(() -> new NoSuchElementException("no module '" + moduleId + "'"));
    }

    /** The responses that count: not re-opened, and given to this version of the module. */
    private Map<String, List<ResponseEntity>> activeByQuestion(LearningModule module, UUID learner, int round) {
        Map<String, List<ResponseEntity>> byQuestion = new LinkedHashMap<>();
        for (ResponseEntity r : responses.inRound(learner, module.id(), round)) {
            if (!r.reopened && r.moduleVersion == module.version()) {
                byQuestion.computeIfAbsent(r.questionId, k -> new ArrayList<>()).add(r);
            }
        }
        return byQuestion;
    }

    private boolean hintTaken(UUID learner, String moduleId, int round, String questionId) {
        return jdbc.sql("select count(*) from study_hint where learner_id = ? and module_id = ? and round = ?"
                                + " and question_id = ?")
                        .params(learner, moduleId, round, questionId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The time as JDBC drivers take it: PostgreSQL's refuses a bare {@code Instant}. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /**
     * The learner's progress in a module, creating the learner and the progress on first use. Two requests of a new
     * learner at the same moment (a double click, a second tab or device) both try to create them: the second insert
     * is refused by the primary key and then finds the first one's row, so it goes on to be refused as "already
     * answered" instead of failing with a database error.
     */
    private ProgressEntity ensureProgress(UUID learner, String moduleId) {
        seen(learner);
        ProgressEntity.Key key = new ProgressEntity.Key(learner, moduleId);
        return progresses.findById(key).orElseGet(() -> {
            DuplicateSafeInsert.run(
                    dataSource,
                    () -> jdbc.sql(
                                    "insert into study_progress (learner_id, module_id, round, updated_at) values (?, ?, 1, ?)")
                            .params(learner, moduleId, now())
                            .update());
            return progresses.findById(key).orElseThrow();
        });
    }
}
