package app.lectern.classroom.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.answering.AlreadyAnsweredException;
import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.AssignmentStatus;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.storage.DuplicateSafeInsert;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Students working on assignments, with real accounts, the shipped module, a clock the tests move and H2. */
@LecternSpringTest
class AttemptServiceTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    AttemptService attempts;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef student;
    SchoolClass schoolClass;

    @BeforeEach
    void aClassWithAStudent() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        student = users.student("Maria Lopez");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
    }

    @AfterEach
    void reset() {
        ClassroomTestUsers.signOut();
        clock.reset();
    }

    @Test
    void aStudentAnswersLeavesAndFindsTheirWorkAndPlaceAgain() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        users.signIn(student);

        AttemptView first = attempts.open(a.id());
        assertThat(first.module().id()).isEqualTo(MODULE);
        assertThat(first.startedAt()).isNotNull();
        assertThat(first.answers()).isEmpty();
        attempts.visit(a.id(), "the-fighters");
        Feedback feedback = attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));

        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.score()).isEqualTo(1.0);
        assertThat(feedback.explanation()).contains("two Chinese nationals");
        AttemptView again = attempts.open(a.id());
        assertThat(again.lastSectionId()).isEqualTo("the-fighters");
        assertThat(again.startedAt()).isEqualTo(first.startedAt());
        assertThat(again.answers()).containsEntry("captured-count", new NumericAnswer(2.0));
        assertThat(again.feedback().get("captured-count").correct()).isTrue();
        assertThat(again.feedbackShown()).isTrue();
        assertThat(again.acceptsAnswers()).isTrue();
        assertThat(again.result().points()).isEqualTo(1.0);
        assertThatThrownBy(() -> attempts.visit(a.id(), "no-such-section")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attempts.answer(a.id(), "no-such-question", new NumericAnswer(2.0)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theAssignmentsTriesPerQuestionAreEnforcedAndRetriesCostPoints() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        users.signIn(student);

        Feedback wrong = attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.attemptsLeft()).isEqualTo(1);
        assertThat(wrong.correctAnswer()).as("no key while a try is left").isNull();
        Feedback right = attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"));
        assertThat(right.correct()).isTrue();
        assertThat(right.score()).isEqualTo(0.75);
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);

        Feedback last = attempts.answer(a.id(), "foreign-fighters-new", new TrueFalseAnswer(true));
        assertThat(last.attemptsLeft()).as("true-false: no second try").isZero();
        assertThat(last.correctAnswer()).isNotNull();
        assertThatThrownBy(() -> attempts.answer(a.id(), "foreign-fighters-new", new TrueFalseAnswer(false)))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(countResponses(a)).isEqualTo(3);
    }

    @Test
    void anEmptyPickSentStraightToTheServiceIsRefusedAndUsesNoTry() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        users.signIn(student);

        assertThatThrownBy(() -> attempts.answer(a.id(), "neutrality-includes", new MultipleAnswer(Set.of())))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("pick at least one option");
        assertThatThrownBy(() -> attempts.answer(a.id(), "western-concern-evidence", new HighlightAnswer(Set.of())))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("pick at least one sentence");

        assertThat(countResponses(a)).isZero();
        assertThat(attempts.answer(a.id(), "neutrality-includes", new MultipleAnswer(Set.of("a")))
                        .attemptsLeft())
                .as("the refused answers used no try")
                .isEqualTo(1);
    }

    @Test
    void aForgedOptionIsRefusedWithAMessageAndStoresNothing() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        users.signIn(student);

        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("zz")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'zz' is not an option id");
        assertThatThrownBy(() -> attempts.answer(a.id(), "neutrality-includes", new MultipleAnswer(Set.of("b", "zz"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new NumericAnswer(3.0)))
                .isInstanceOf(InvalidAnswerException.class);

        assertThat(countResponses(a)).isZero();
        assertThat(attempts.open(a.id()).feedback()).isEmpty();
        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"))
                        .attemptsLeft())
                .as("a refused answer uses no try")
                .isEqualTo(1);
    }

    @Test
    void answersAfterTheLimitOrAfterTheSubmitChangeNoScore() {
        Assignment immediate = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        Assignment deferred = assign(FeedbackTiming.AFTER_DUE, 2, false, 7);
        users.signIn(student);

        attempts.answer(immediate.id(), "who-says-150", new SingleAnswer("a"));
        assertThatThrownBy(() -> attempts.answer(immediate.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);
        attempts.answer(deferred.id(), "who-says-150", new SingleAnswer("a"));
        attempts.answer(deferred.id(), "who-says-150", new SingleAnswer("b"));
        assertThatThrownBy(() -> attempts.answer(deferred.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);
        attempts.submit(deferred.id());
        assertThatThrownBy(() -> attempts.answer(deferred.id(), "captured-count", new NumericAnswer(2.0)))
                .isInstanceOf(ClassroomException.class);

        assertThat(countResponses(immediate)).isEqualTo(1);
        assertThat(countResponses(deferred)).isEqualTo(2);
        assertThat(attempts.open(immediate.id()).result().points()).isZero();
        clock.advance(Duration.ofDays(8));
        AttemptView after = attempts.open(deferred.id());
        assertThat(after.feedbackShown()).isTrue();
        assertThat(after.result().points()).isZero();
        assertThat(after.answers()).containsEntry("who-says-150", new SingleAnswer("b"));
    }

    @Test
    void afterSubmitFeedbackOnlySaysSavedUntilTheStudentSubmits() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, 2, false, 7);
        users.signIn(student);

        Feedback saved = attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        assertHidden(saved);
        assertThat(saved.attemptsLeft()).isEqualTo(1);
        Feedback savedRight = attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        assertHidden(savedRight);
        assertThat(savedRight.attemptsLeft())
                .as("a right answer looks like a wrong one")
                .isEqualTo(1);
        AttemptView before = attempts.open(a.id());
        assertThat(before.feedbackShown()).isFalse();
        assertThat(before.result()).isNull();
        assertThat(before.feedback().values()).allSatisfy(AttemptServiceTest::assertHidden);
        assertThat(before.answers()).containsEntry("who-says-150", new SingleAnswer("a"));

        SubmitResult submitted = attempts.submit(a.id());

        assertThat(submitted.late()).isFalse();
        assertThat(submitted.answered()).isEqualTo(2);
        assertThat(submitted.result().points()).isEqualTo(1.0);
        AttemptView after = attempts.open(a.id());
        assertThat(after.feedbackShown()).isTrue();
        assertThat(after.acceptsAnswers()).isFalse();
        Feedback revealed = after.feedback().get("who-says-150");
        assertThat(revealed.correct()).isFalse();
        assertThat(revealed.correctAnswer()).contains("Kyiv");
        assertThat(revealed.explanation()).contains("officials in Kyiv");
        assertThat(revealed.attemptsLeft()).isZero();
        assertThat(after.feedback().get("captured-count").correct()).isTrue();
    }

    @Test
    void whileFeedbackIsWithheldChangingAnAnswerCostsNothingAndTheLatestCounts() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, 2, false, 7);
        users.signIn(student);

        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"));
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("b")))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(attempts.submit(a.id()).result().points()).isEqualTo(1.0);
    }

    @Test
    void afterDueFeedbackWaitsForTheDueDateEvenAfterSubmitting() {
        Assignment a = assign(FeedbackTiming.AFTER_DUE, 1, false, 2);
        users.signIn(student);

        assertHidden(attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")));
        SubmitResult submitted = attempts.submit(a.id());
        assertThat(submitted.result()).isNull();
        assertThat(attempts.open(a.id()).feedbackShown()).isFalse();
        assertHidden(attempts.open(a.id()).feedback().get("who-says-150"));

        clock.advance(Duration.ofDays(3));

        AttemptView after = attempts.open(a.id());
        assertThat(after.feedbackShown()).isTrue();
        assertThat(after.feedback().get("who-says-150").correct()).isTrue();
        assertThat(after.feedback().get("who-says-150").explanation()).isNotNull();
        assertThat(after.result().points()).isEqualTo(1.0);
    }

    @Test
    void afterDueWithLateWorkAcceptedReleasesNothingWhileLateAnswersAreAccepted() {
        Assignment a = assign(FeedbackTiming.AFTER_DUE, 2, true, 1);
        users.signIn(student);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));

        clock.advance(Duration.ofDays(2));

        AttemptView late = attempts.open(a.id());
        assertThat(late.acceptsAnswers()).isTrue();
        assertThat(late.feedbackShown())
                .as("past due, but late answers are still accepted")
                .isFalse();
        assertThat(late.result()).isNull();
        assertHidden(late.feedback().get("who-says-150"));
        Feedback lastTry = attempts.answer(a.id(), "who-says-150", new SingleAnswer("b"));
        assertHidden(lastTry);
        assertHidden(attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0)));

        attempts.submit(a.id());
        AttemptView done = attempts.open(a.id());
        assertThat(done.feedbackShown())
                .as("submitted: no more answers accepted")
                .isTrue();
        assertThat(done.feedback().get("who-says-150").correctAnswer()).contains("Kyiv");
        assertThat(done.result().points()).isEqualTo(1.0);
    }

    @Test
    void guessingDoesNotPayTrueFalseHasOneTryAndFourOptionsThree() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 10, false, 7);
        users.signIn(student);

        Feedback trueFalse = attempts.answer(a.id(), "foreign-fighters-new", new TrueFalseAnswer(false));
        assertThat(trueFalse.attemptsLeft()).isZero();
        assertThatThrownBy(() -> attempts.answer(a.id(), "foreign-fighters-new", new TrueFalseAnswer(true)))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"))
                        .attemptsLeft())
                .isEqualTo(2);
        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("b"))
                        .attemptsLeft())
                .isEqualTo(1);
        Feedback third = attempts.answer(a.id(), "who-says-150", new SingleAnswer("d"));
        assertThat(third.attemptsLeft())
                .as("4 options: 3 tries, so trying all of them one by one is not possible")
                .isZero();
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);
        users.signIn(teacher);
        assertThat(reviews.studentWork(a.id(), student.id()).questions().stream()
                        .filter(q -> q.questionId().equals("who-says-150"))
                        .findFirst()
                        .orElseThrow()
                        .triesAllowed())
                .isEqualTo(3);
    }

    @Test
    void anEssayIsRevisedUntilTheSubmitAndItsModelAnswerComesWithTheKeys() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        users.signIn(student);

        Feedback first = attempts.answer(a.id(), "peacemaker-essay", new OpenAnswer("A first draft."));
        assertThat(first.pendingReview()).isTrue();
        assertThat(first.modelAnswer()).as("not on the first Check").isNull();
        assertThat(first.explanation()).isNull();
        assertThat(first.canRetry()).as("revisable until submitted").isTrue();
        Feedback revised = attempts.answer(a.id(), "peacemaker-essay", new OpenAnswer("A better essay."));
        assertThat(revised.modelAnswer()).isNull();

        attempts.submit(a.id());
        AttemptView submitted = attempts.open(a.id());
        assertThat(submitted.answers()).containsEntry("peacemaker-essay", new OpenAnswer("A better essay."));
        assertThat(submitted.feedback().get("peacemaker-essay").modelAnswer()).isNotBlank();
    }

    @Test
    void submittingIsFinalAndSubmittingAgainChangesNothing() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 3, false, 7);
        users.signIn(student);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));

        SubmitResult first = attempts.submit(a.id());
        clock.advance(Duration.ofMinutes(5));
        SubmitResult second = attempts.submit(a.id());

        assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.submitted");
        assertThatThrownBy(() -> attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0)))
                .isInstanceOf(ClassroomException.class);
        assertThat(countResponses(a)).isEqualTo(1);
        AttemptView view = attempts.open(a.id());
        assertThat(view.submittedAt()).isEqualTo(first.submittedAt());
        assertThat(view.feedback().get("who-says-150").attemptsLeft()).isZero();
        assertThat(view.feedback().get("who-says-150").correctAnswer()).contains("Kyiv");
    }

    @Test
    void afterTheDueDateAnswersAndSubmitsAreRefusedUnlessLateWorkIsAccepted() {
        Assignment strict = assign(FeedbackTiming.IMMEDIATE, 2, false, 1);
        Assignment lenient = assign(FeedbackTiming.IMMEDIATE, 2, true, 1);
        users.signIn(student);
        attempts.answer(strict.id(), "captured-count", new NumericAnswer(2.0));

        clock.advance(Duration.ofDays(2));

        assertPastDue(() -> attempts.answer(strict.id(), "who-says-150", new SingleAnswer("c")));
        assertPastDue(() -> attempts.submit(strict.id()));
        AttemptView closed = attempts.open(strict.id());
        assertThat(closed.acceptsAnswers()).isFalse();
        assertThat(closed.answers()).containsOnlyKeys("captured-count");
        assertThat(attempts.answer(lenient.id(), "who-says-150", new SingleAnswer("c"))
                        .correct())
                .isTrue();
        assertThat(attempts.submit(lenient.id()).late()).isTrue();
        assertThat(statusOf(strict)).isEqualTo(AssignmentStatus.LATE);
        assertThat(statusOf(lenient)).isEqualTo(AssignmentStatus.DONE);
    }

    @Test
    void myAssignmentsShowsWhatIsStartedAndWhatIsDone() {
        Assignment untouched = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        Assignment started = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        Assignment done = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        users.signIn(student);

        attempts.open(started.id());
        attempts.submit(done.id());

        assertThat(statusOf(untouched)).isEqualTo(AssignmentStatus.TO_DO);
        assertThat(statusOf(started)).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(statusOf(done)).isEqualTo(AssignmentStatus.DONE);
        assertThat(classroom.myAssignment(done.id()).status()).isEqualTo(AssignmentStatus.DONE);
    }

    @Test
    void onlyStudentsOfTheClassReachTheAssignment() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 2, false, 7);
        UserRef outsider = users.student("Jonas");
        users.signIn(users.teacher("Mr Okafor"));
        SchoolClass other = classroom.createClass("Civics", ZoneOffset.UTC);
        users.signIn(outsider);
        classroom.joinWithCode(other.joinCode());

        List<Runnable> calls = List.of(
                () -> attempts.open(a.id()),
                () -> attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0)),
                () -> attempts.visit(a.id(), "the-fighters"),
                () -> attempts.submit(a.id()));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        users.signIn(teacher);
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        ClassroomTestUsers.signOut();
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> attempts.progress(a.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(student);
        assertThatThrownBy(() -> attempts.progress(a.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(users.teacher("Mr Okafor"));
        assertThatThrownBy(() -> attempts.progress(a.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(student);
        assertThatThrownBy(() -> attempts.open(a.id() + 100_000)).isInstanceOf(NoSuchElementException.class);
        assertThat(countAttempts(a)).isZero();
    }

    @Test
    void anAssignmentThatHasNotOpenedDoesNotExistForStudents() {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(clock);
        Assignment future = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.plusDays(1), now.plusDays(3), 2, FeedbackTiming.IMMEDIATE, false, false));
        users.signIn(student);

        assertThatThrownBy(() -> attempts.open(future.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attempts.answer(future.id(), "captured-count", new NumericAnswer(2.0)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attempts.submit(future.id())).isInstanceOf(NoSuchElementException.class);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(attempts.answer(future.id(), "captured-count", new NumericAnswer(2.0))
                        .correct())
                .isTrue();
    }

    @Test
    void answersAreGradedAgainstThePinnedSnapshotNotTheCurrentContent() throws Exception {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        // A later version of the module, in which option a is the key; the content folder still says c.
        String current = Files.readString(Path.of("content", MODULE, "module.yaml"));
        String edited = current.replaceFirst("(?m)^version: \\d+", "version: 9999")
                .replace(
                        "        answer: c\n        explanation: \"The figure comes",
                        "        answer: a\n" + "        explanation: \"The figure comes");
        assertThat(edited).isNotEqualTo(current).contains("answer: a\n        explanation: \"The figure comes");
        jdbc.sql("insert into module_snapshot (module_id, version, yaml_text, created_at) values (?, 9999, ?, ?)")
                .params(MODULE, edited, Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        Assignment pinnedToEdit = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        jdbc.sql("update assignment set module_version = 9999 where id = ?")
                .param(pinnedToEdit.id())
                .update();
        users.signIn(student);

        assertThat(attempts.open(pinnedToEdit.id()).module().version()).isEqualTo(9999);
        assertThat(attempts.answer(pinnedToEdit.id(), "who-says-150", new SingleAnswer("a"))
                        .correct())
                .isTrue();
        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"))
                        .correct())
                .isFalse();
    }

    @Test
    void theTeacherSeesEachStudentsProgressAndPoints() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, 2, true, 1);
        UserRef idle = users.student("Ben Idle");
        users.signIn(idle);
        classroom.joinWithCode(schoolClass.joinCode());
        users.signIn(student);
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        attempts.submit(a.id());

        users.signIn(teacher);
        List<StudentProgress> progress = attempts.progress(a.id());

        assertThat(progress).extracting(StudentProgress::displayName).containsExactly("Ben Idle", "Maria Lopez");
        StudentProgress ben = progress.get(0);
        StudentProgress maria = progress.get(1);
        assertThat(ben.startedAt()).isNull();
        assertThat(ben.submittedAt()).isNull();
        assertThat(ben.points()).isZero();
        assertThat(ben.late()).isFalse();
        assertThat(maria.startedAt()).isNotNull();
        assertThat(maria.submittedAt()).isNotNull();
        assertThat(maria.answered()).isEqualTo(2);
        assertThat(maria.points()).isEqualTo(1.0);
        assertThat(maria.maxPoints()).isGreaterThan(2.0).isEqualTo(ben.maxPoints());
        assertThat(maria.late()).isFalse();

        clock.advance(Duration.ofDays(2));
        assertThat(attempts.progress(a.id())).extracting(StudentProgress::late).containsExactly(true, false);
    }

    @Test
    void aDoubleClickStoresOneResponse() throws Exception {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        users.signIn(student);
        attempts.open(a.id());
        int clicks = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        List<Future<Feedback>> results = new ArrayList<>();
        try {
            for (int i = 0; i < clicks; i++) {
                Callable<Feedback> click = () -> {
                    users.signIn(student);
                    start.await();
                    return attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
                };
                results.add(pool.submit(click));
            }
            start.countDown();
            int stored = 0;
            for (Future<Feedback> result : results) {
                try {
                    result.get();
                    stored++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AlreadyAnsweredException.class);
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countResponses(a)).isEqualTo(1);
    }

    @Test
    void twoTabsOpeningTheAssignmentAtTheSameMomentShareOneAttempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 4; round++) {
                Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AttemptView>> tabs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    tabs.add(pool.submit(() -> {
                        users.signIn(student);
                        start.await();
                        return attempts.open(a.id());
                    }));
                }
                start.countDown();
                List<Instant> started = new ArrayList<>();
                for (Future<AttemptView> tab : tabs) {
                    started.add(tab.get().startedAt());
                }
                assertThat(started).as("every tab opens the one attempt").containsOnly(started.getFirst());
                assertThat(countAttempts(a)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDuplicateAttemptIsRefusedWithoutSpoilingTheTransaction() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        attempts.open(a.id());

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            DataSource dataSource = ((JpaTransactionManager) transactions).getDataSource();
            boolean inserted = DuplicateSafeInsert.run(
                    dataSource,
                    () -> jdbc.sql("insert into assignment_attempt"
                                    + " (assignment_id, student_id, generation, started_at) values (?, ?, 1, ?)")
                            .params(a.id(), student.id(), Instant.now().atOffset(ZoneOffset.UTC))
                            .update());
            assertThat(inserted).isFalse();
            // PostgreSQL refuses every further statement of a transaction whose statement failed, unless rolled back
            // to a savepoint
            assertThat(countAttempts(a)).isEqualTo(1);
        });
    }

    private Assignment assign(FeedbackTiming timing, int tries, boolean lateAccepted, int dueInDays) {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(clock);
        Assignment a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusHours(1), now.plusDays(dueInDays), tries, timing, false, lateAccepted));
        users.signIn(student);
        return a;
    }

    private AssignmentStatus statusOf(Assignment a) {
        return classroom.myAssignments().stream()
                .filter(s -> s.assignment().id() == a.id())
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static void assertHidden(Feedback f) {
        assertThat(f.correct()).isFalse();
        assertThat(f.partial()).isFalse();
        assertThat(f.score()).isZero();
        assertThat(f.explanation()).isNull();
        assertThat(f.optionFeedback()).isNull();
        assertThat(f.correctAnswer()).isNull();
        assertThat(f.modelAnswer()).isNull();
        assertThat(f.evidence()).isNull();
    }

    private static void assertPastDue(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.past-due");
    }

    private long countResponses(Assignment a) {
        return jdbc.sql("select count(*) from assignment_response r join assignment_attempt t on t.id = r.attempt_id"
                        + " where t.assignment_id = ?")
                .param(a.id())
                .query(Long.class)
                .single();
    }

    private long countAttempts(Assignment a) {
        return jdbc.sql("select count(*) from assignment_attempt where assignment_id = ?")
                .param(a.id())
                .query(Long.class)
                .single();
    }
}
