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
import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A teacher reviewing open answers, resetting attempts and allowing extra tries, per role and with forged ids. */
@LecternSpringTest
class ReviewServiceTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String ESSAY = "peacemaker-essay";
    private static final String ESSAY_TEXT = "Kyiv doubts it: Zelensky says Chinese fighters were captured.\n"
            + "<b>China</b> calls this “completely baseless”.";

    @Autowired
    ReviewService reviews;

    @Autowired
    AttemptService attempts;

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
    void theTeacherGradesAnOpenAnswerAndTheStudentSeesThePointsAndTheComment() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        assertThat(attempts.answer(a.id(), ESSAY, new OpenAnswer(ESSAY_TEXT)).pendingReview())
                .isTrue();

        users.signIn(teacher);
        List<ReviewItem> queue = reviews.queue(a.id());
        assertThat(queue).hasSize(1);
        ReviewItem item = queue.getFirst();
        assertThat(item.studentName()).isEqualTo("Maria Lopez");
        assertThat(item.studentId()).isEqualTo(student.id());
        assertThat(item.questionId()).isEqualTo(ESSAY);
        assertThat(item.prompt()).startsWith("Could China persuade Kyiv");
        assertThat(item.answerText()).as("exactly what the student wrote").isEqualTo(ESSAY_TEXT);
        assertThat(item.scale().maxPoints()).isEqualTo(4.0);
        assertThat(item.scale().levels()).hasSize(4);
        assertThat(item.scale().criteria())
                .as("four 1-point criteria add up to 4")
                .isTrue();
        assertThat(item.scale().allowedPoints()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
        assertThat(item.submitted()).isFalse();

        reviews.grade(a.id(), item.responseId(), 3, "  Good evidence. Say who claims what.  ");

        assertThat(reviews.queue(a.id())).isEmpty();
        users.signIn(student);
        AttemptView view = attempts.open(a.id());
        Feedback feedback = view.feedback().get(ESSAY);
        assertThat(feedback.pendingReview()).isFalse();
        assertThat(feedback.score()).isEqualTo(3.0);
        assertThat(feedback.partial()).isTrue();
        assertThat(feedback.teacherComment()).isEqualTo("Good evidence. Say who claims what.");
        assertThat(feedback.attemptsLeft()).as("a reviewed answer stands").isZero();
        assertThat(view.result().pendingQuestionIds()).doesNotContain(ESSAY);
        assertThatThrownBy(() -> attempts.answer(a.id(), ESSAY, new OpenAnswer("a new essay")))
                .isInstanceOf(AlreadyAnsweredException.class);

        users.signIn(teacher);
        reviews.grade(a.id(), item.responseId(), 4, "");
        users.signIn(student);
        Feedback regraded = attempts.open(a.id()).feedback().get(ESSAY);
        assertThat(regraded.score()).isEqualTo(4.0);
        assertThat(regraded.correct()).isTrue();
        assertThat(regraded.teacherComment()).isNull();
        assertThat(jdbc.sql("select answer_json from assignment_response where id = ?")
                        .param(item.responseId())
                        .query(String.class)
                        .single())
                .as("the answer itself is never changed")
                .contains("completely baseless");
    }

    @Test
    void aReviewIsWithheldWhileTheAssignmentWithholdsFeedback() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, 2, false, 7);
        attempts.answer(a.id(), ESSAY, new OpenAnswer(ESSAY_TEXT));

        users.signIn(teacher);
        ReviewItem item = reviews.queue(a.id()).getFirst();
        reviews.grade(a.id(), item.responseId(), 2, "Name your sources.");

        users.signIn(student);
        Feedback before = attempts.open(a.id()).feedback().get(ESSAY);
        assertThat(before.score()).isZero();
        assertThat(before.teacherComment()).isNull();
        assertThat(before.correct() || before.partial()).isFalse();

        attempts.submit(a.id());

        Feedback after = attempts.open(a.id()).feedback().get(ESSAY);
        assertThat(after.pendingReview()).isFalse();
        assertThat(after.score()).isEqualTo(2.0);
        assertThat(after.teacherComment()).isEqualTo("Name your sources.");
    }

    @Test
    void pointsOutsideTheRubricAndOverlongCommentsAreRefusedWithAClearReason() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, 2, false, 7);
        attempts.answer(a.id(), ESSAY, new OpenAnswer("first draft"));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        users.signIn(teacher);
        long draft = reviews.queue(a.id()).getFirst().responseId();
        long numeric = responseId(a, "captured-count");

        assertRefused(() -> reviews.grade(a.id(), draft, 2.5, null), "classroom.review.error.points");
        assertRefused(() -> reviews.grade(a.id(), draft, -1, null), "classroom.review.error.points");
        assertRefused(() -> reviews.grade(a.id(), draft, 5, null), "classroom.review.error.points");
        assertRefused(() -> reviews.grade(a.id(), draft, Double.NaN, null), "classroom.review.error.points");
        assertRefused(
                () -> reviews.grade(a.id(), draft, 2, "x".repeat(ReviewService.MAX_COMMENT + 1)),
                "classroom.review.error.comment-too-long");
        assertRefused(() -> reviews.grade(a.id(), numeric, 1, null), "classroom.review.error.not-open");

        users.signIn(student);
        attempts.answer(a.id(), ESSAY, new OpenAnswer("second draft"));
        users.signIn(teacher);
        assertRefused(() -> reviews.grade(a.id(), draft, 2, null), "classroom.review.error.not-latest");
        assertThat(reviews.queue(a.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.answerText()).isEqualTo("second draft"));
        assertThat(pending(draft)).as("nothing was stored").isTrue();
    }

    @Test
    void aRubricOfLevelsAllowsOneLevelsPointsOrNothing() {
        OpenQuestion levels = new OpenQuestion(
                new QuestionBase("q", "open", "Why?", 4.0, Skill.INFERENCE, null, null, null),
                "model",
                List.of(
                        new RubricLevel(4.0, "Complete and **sourced**"),
                        new RubricLevel(2.0, "Partly right"),
                        new RubricLevel(1.0, "Attempted")));

        GradingScale scale = ReviewService.scale(levels, 4.0);

        assertThat(scale.criteria()).isFalse();
        assertThat(scale.allowedPoints()).containsExactly(0.0, 1.0, 2.0, 4.0);
        assertThat(scale.allows(3)).isFalse();
        assertThat(scale.levels().getFirst().description()).isEqualTo("Complete and sourced");
    }

    @Test
    void onlyTheTeacherOfTheClassReviewsResetsAndGrantsTries() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        attempts.answer(a.id(), ESSAY, new OpenAnswer(ESSAY_TEXT));
        users.signIn(teacher);
        long response = reviews.queue(a.id()).getFirst().responseId();
        List<ThrowingCallable> calls = List.of(
                () -> reviews.queue(a.id()),
                () -> reviews.grade(a.id(), response, 4, "stolen"),
                () -> reviews.studentWork(a.id(), student.id()),
                () -> reviews.resetAttempt(a.id(), student.id()),
                () -> reviews.allowOneMoreTry(a.id(), student.id(), ESSAY));

        users.signIn(users.teacher("Mr Okafor"));
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        users.signIn(student);
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        ClassroomTestUsers.signOut();
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));

        assertThat(pending(response)).as("nothing changed").isTrue();
        assertThat(countAttempts(a)).isEqualTo(1);
        users.signIn(teacher);
        assertThat(reviews.studentWork(a.id(), student.id()).questions())
                .filteredOn(q -> q.questionId().equals(ESSAY))
                .singleElement()
                .satisfies(q -> assertThat(q.triesAllowed()).isEqualTo(AttemptService.ESSAY_SAVES));
    }

    @Test
    void forgedIdsFromTheAddressAreRefused() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        Assignment other = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        attempts.answer(other.id(), ESSAY, new OpenAnswer("my essay for the other assignment"));
        UserRef outsider = users.student("Jonas");
        users.signIn(users.teacher("Mr Okafor"));
        SchoolClass civics = classroom.createClass("Civics", ZoneOffset.UTC);
        users.signIn(outsider);
        classroom.joinWithCode(civics.joinCode());
        users.signIn(teacher);
        long foreignResponse = reviews.queue(other.id()).getFirst().responseId();

        assertThatThrownBy(() -> reviews.grade(a.id(), foreignResponse, 4, null))
                .as("a response of another assignment")
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.grade(a.id(), foreignResponse + 100_000, 4, null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.allowOneMoreTry(a.id(), student.id(), "no-such-question"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.allowOneMoreTry(a.id(), student.id(), null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.studentWork(a.id(), outsider.id()))
                .as("a student of another class")
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.studentWork(a.id(), teacher.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.resetAttempt(a.id(), outsider.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.allowOneMoreTry(a.id(), outsider.id(), ESSAY))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reviews.queue(a.id() + 100_000)).isInstanceOf(NoSuchElementException.class);
        assertThat(pending(foreignResponse)).isTrue();
    }

    @Test
    void aResetStartsTheStudentAfreshAndKeepsTheOldWorkStored() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        attempts.submit(a.id());
        users.signIn(teacher);
        StudentWork before = reviews.studentWork(a.id(), student.id());
        assertThat(before.submittedAt()).isNotNull();
        assertThat(before.questions())
                .filteredOn(StudentWork.QuestionWork::answered)
                .extracting(StudentWork.QuestionWork::answerText)
                .containsExactly("2", "China's government");

        assertThat(reviews.resetAttempt(a.id(), student.id())).isTrue();
        assertThat(reviews.resetAttempt(a.id(), student.id()))
                .as("a second click finds nothing to reset")
                .isFalse();

        users.signIn(student);
        assertThat(classroom.myAssignment(a.id()).status())
                .as("the student's list shows the assignment to do again")
                .isEqualTo(AssignmentStatus.TO_DO);
        users.signIn(teacher);
        StudentWork reset = reviews.studentWork(a.id(), student.id());
        assertThat(reset.started()).isFalse();
        assertThat(reset.resets()).isEqualTo(1);
        assertThat(reset.questions()).noneMatch(StudentWork.QuestionWork::answered);
        assertThat(attempts.progress(a.id())).singleElement().satisfies(p -> {
            assertThat(p.startedAt()).isNull();
            assertThat(p.answered()).isZero();
        });
        clock.advance(Duration.ofMinutes(1));
        users.signIn(student);
        AttemptView fresh = attempts.open(a.id());
        assertThat(fresh.answers()).isEmpty();
        assertThat(fresh.submitted()).isFalse();
        assertThat(fresh.acceptsAnswers()).isTrue();
        assertThat(fresh.startedAt()).isAfter(before.startedAt());
        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"))
                        .correct())
                .isTrue();
        assertThat(jdbc.sql("select generation from assignment_attempt where assignment_id = ? and student_id = ?"
                                + " order by generation")
                        .params(a.id(), student.id())
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2);
        assertThat(countResponses(a))
                .as("the reset attempt's answers stay stored")
                .isEqualTo(3);
        users.signIn(teacher);
        assertThat(attempts.progress(a.id()).getFirst().answered()).isEqualTo(1);
    }

    @Test
    void aDoubleClickOnOneMoreTryGrantsExactlyOneTry() throws Exception {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        users.signIn(student);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));

        // two clicks at the same moment (two threads), then a third one a moment later
        users.signIn(teacher);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> {
                    users.signIn(teacher);
                    start.await();
                    return reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150");
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<Boolean> click : clicks) {
                granted += click.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150"))
                .as("the try granted is still unused")
                .isFalse();
        assertThat(question(reviews.studentWork(a.id(), student.id()), "who-says-150")
                        .extraTries())
                .isEqualTo(1);

        // once the student used it, the teacher can give another one
        clock.advance(Duration.ofSeconds(1));
        users.signIn(student);
        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("b"))
                        .attemptsLeft())
                .isZero();
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);
        clock.advance(Duration.ofSeconds(1));
        users.signIn(teacher);
        assertThat(reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150"))
                .isTrue();
        assertThat(question(reviews.studentWork(a.id(), student.id()), "who-says-150")
                        .extraTries())
                .isEqualTo(2);
    }

    @Test
    void oneMoreTryLetsTheStudentAnswerAgainAfterTheLimitAndAfterSubmitting() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 7);
        users.signIn(teacher);
        assertRefused(
                () -> reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150"),
                "classroom.review.error.not-started");
        users.signIn(student);
        assertThat(attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"))
                        .attemptsLeft())
                .isZero();
        attempts.answer(a.id(), "captured-count", new NumericAnswer(3.0));
        assertThatThrownBy(() -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);
        SubmitResult first = attempts.submit(a.id());

        users.signIn(teacher);
        reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150");

        StudentWork work = reviews.studentWork(a.id(), student.id());
        assertThat(work.submittedAt()).as("reopened").isNull();
        assertThat(work.firstSubmittedAt()).isEqualTo(first.submittedAt());
        StudentWork.QuestionWork q = question(work, "who-says-150");
        assertThat(q.triesUsed()).isEqualTo(1);
        assertThat(q.triesAllowed()).isEqualTo(2);
        assertThat(q.extraTries()).isEqualTo(1);
        users.signIn(student);
        AttemptView reopened = attempts.open(a.id());
        assertThat(reopened.acceptsAnswers()).isTrue();
        assertThat(reopened.feedback().get("who-says-150").attemptsLeft()).isEqualTo(1);
        Feedback second = attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"));
        assertThat(second.correct()).isTrue();
        assertThat(second.score()).as("a retry still costs a quarter").isEqualTo(0.75);
        assertRefused(
                () -> attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0)), "classroom.error.not-granted");
        clock.advance(Duration.ofMinutes(1));
        SubmitResult again = attempts.submit(a.id());
        assertThat(again.submittedAt()).isAfter(first.submittedAt());
        users.signIn(teacher);
        assertThat(reviews.studentWork(a.id(), student.id()).firstSubmittedAt()).isEqualTo(first.submittedAt());
    }

    @Test
    void aTryGrantedOnOneQuestionOfASubmittedAttemptReopensThatQuestionOnly() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, 3, false, 7);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(3.0));
        double submitted = attempts.submit(a.id()).result().points();
        assertThat(attempts.open(a.id()).feedback().get("captured-count").correctAnswer())
                .as("after the submit every key is shown")
                .isNotNull();

        clock.advance(Duration.ofSeconds(1));
        users.signIn(teacher);
        reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150");
        users.signIn(student);
        clock.advance(Duration.ofSeconds(1));

        assertRefused(
                () -> attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0)), "classroom.error.not-granted");
        assertRefused(
                () -> attempts.answer(a.id(), "foreign-fighters-new", new TrueFalseAnswer(false)),
                "classroom.error.not-granted");
        AttemptView reopened = attempts.open(a.id());
        assertThat(reopened.feedback().get("captured-count").attemptsLeft()).isZero();
        assertThat(reopened.feedback().get("who-says-150").attemptsLeft()).isEqualTo(1);
        Feedback granted = attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"));
        assertThat(granted.correct()).isTrue();
        assertThat(granted.score())
                .as("the key was shown before the try: the retry costs as any retry")
                .isEqualTo(0.75);
        assertRefused(
                () -> attempts.answer(a.id(), "who-says-150", new SingleAnswer("c")), "classroom.error.not-granted");

        assertThat(attempts.submit(a.id()).result().points()).isEqualTo(submitted + 0.75);
    }

    @Test
    void oneMoreTryReopensAReviewedEssayAndTheNewAnswerWaitsForReviewAgain() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, true, 1);
        attempts.answer(a.id(), ESSAY, new OpenAnswer("too short"));
        users.signIn(teacher);
        long first = reviews.queue(a.id()).getFirst().responseId();
        reviews.grade(a.id(), first, 1, "Use evidence from two parties.");

        reviews.allowOneMoreTry(a.id(), student.id(), ESSAY);
        users.signIn(student);
        Feedback rewritten = attempts.answer(a.id(), ESSAY, new OpenAnswer(ESSAY_TEXT));

        assertThat(rewritten.pendingReview()).isTrue();
        assertThat(rewritten.teacherComment()).isNull();
        users.signIn(teacher);
        assertThat(reviews.queue(a.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.answerText()).isEqualTo(ESSAY_TEXT));
        StudentWork.QuestionWork essay = question(reviews.studentWork(a.id(), student.id()), ESSAY);
        assertThat(essay.pendingReview()).isTrue();
        assertThat(essay.review()).isNull();
        assertThat(pending(first)).as("the first answer keeps its review").isFalse();

        clock.advance(Duration.ofDays(2));
        reviews.allowOneMoreTry(a.id(), student.id(), ESSAY);
        assertThat(question(reviews.studentWork(a.id(), student.id()), ESSAY).triesAllowed())
                .as("late work is accepted, so a try after the due date can be used")
                .isEqualTo(AttemptService.ESSAY_SAVES + 2);
    }

    @Test
    void aTryAfterTheDueDateIsRefusedWhenLateWorkIsNot() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 1, false, 1);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        clock.advance(Duration.ofDays(2));
        users.signIn(teacher);

        assertRefused(
                () -> reviews.allowOneMoreTry(a.id(), student.id(), "who-says-150"), "classroom.review.error.closed");
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

    private static StudentWork.QuestionWork question(StudentWork work, String questionId) {
        return work.questions().stream()
                .filter(q -> q.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo(key);
    }

    private long responseId(Assignment a, String questionId) {
        return jdbc.sql("select r.id from assignment_response r join assignment_attempt t on t.id = r.attempt_id"
                        + " where t.assignment_id = ? and r.question_id = ?")
                .params(a.id(), questionId)
                .query(Long.class)
                .single();
    }

    private boolean pending(long responseId) {
        return jdbc.sql("select pending from assignment_response where id = ?")
                .param(responseId)
                .query(Boolean.class)
                .single();
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
