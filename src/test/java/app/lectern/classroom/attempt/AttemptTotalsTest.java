package app.lectern.classroom.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The totals stored on an attempt (what the gradebook sorts by) stay equal to what its responses give after every
 * answer, review, submit, reopen and reset; rows without them are filled by the backfill.
 */
@LecternSpringTest
class AttemptTotalsTest {

    private static final String ESSAY = "peacemaker-essay";

    @Autowired
    ReviewService reviews;

    @Autowired
    AttemptService attempts;

    @Autowired
    AttemptTotals totals;

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
    Assignment a;

    @BeforeEach
    void aClassWithAStudentAndAnAssignment() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(clock);
        a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        "china-russia-ukraine",
                        "",
                        now.minusHours(1),
                        now.plusDays(7),
                        2,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        false));
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
    void theStoredTotalsFollowEveryAnswerReviewSubmitReopenAndReset() {
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        long attempt = currentAttempt();
        assertStored(attempt, 1, 0, 0.0);

        clock.advance(Duration.ofMinutes(1));
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        clock.advance(Duration.ofMinutes(2));
        attempts.answer(a.id(), ESSAY, new OpenAnswer("Kyiv doubts it."));
        AttemptTotals.Totals afterEssay = assertStored(attempt, 3, 1, 180.0);

        clock.advance(Duration.ofMinutes(10));
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"));
        AttemptTotals.Totals afterRetry =
                assertStored(attempt, 3, 1, 180.0); // a ten-minute gap is a break: no active time added
        assertThat(afterRetry.points())
                .as("the latest answer to a question counts")
                .isNotEqualTo(afterEssay.points());

        users.signIn(teacher);
        long essay = reviews.queue(a.id()).getFirst().responseId();
        reviews.grade(a.id(), essay, 3, null);
        AttemptTotals.Totals reviewed = assertStored(attempt, 3, 0, 180.0);
        assertThat(reviewed.points()).isEqualTo(afterRetry.points() + 3);

        users.signIn(student);
        clock.advance(Duration.ofMinutes(1));
        attempts.submit(a.id());
        assertStored(attempt, 3, 0, 240.0);

        users.signIn(teacher);
        reviews.allowOneMoreTry(a.id(), student.id(), "captured-count");
        assertStored(attempt, 3, 0, 180.0); // reopened: the submit no longer ends the work

        reviews.resetAttempt(a.id(), student.id());
        users.signIn(student);
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        long fresh = currentAttempt();
        assertThat(fresh).isNotEqualTo(attempt);
        assertStored(fresh, 1, 0, 0.0);
    }

    @Test
    void theBackfillFillsMissingTotalsAndNeverOverwritesStoredOnes() {
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        clock.advance(Duration.ofMinutes(1));
        attempts.answer(a.id(), ESSAY, new OpenAnswer("Kyiv doubts it."));
        long attempt = currentAttempt();
        AttemptTotals.Totals right = totals.compute(attempt);
        jdbc.sql("update assignment_attempt set points = null, answered = null, pending = null,"
                        + " active_seconds = null where id = ?")
                .param(attempt)
                .update();

        totals.backfill();
        assertThat(stored(attempt)).isEqualTo(right);

        // stored totals (as an answer on another node just wrote them) are left alone
        jdbc.sql("update assignment_attempt set answered = 99 where id = ?")
                .param(attempt)
                .update();
        totals.backfill();
        assertThat(stored(attempt).answered()).isEqualTo(99);
    }

    private AttemptTotals.Totals assertStored(long attempt, int answered, int pending, double activeSeconds) {
        AttemptTotals.Totals stored = stored(attempt);
        assertThat(stored).as("stored = recomputed").isEqualTo(totals.compute(attempt));
        assertThat(stored.answered()).isEqualTo(answered);
        assertThat(stored.pending()).isEqualTo(pending);
        // the test clock also moves with the real one: a few seconds of slack
        assertThat(stored.activeSeconds()).isCloseTo(activeSeconds, within(5.0));
        return stored;
    }

    private AttemptTotals.Totals stored(long attempt) {
        return jdbc.sql("select points, answered, pending, active_seconds from assignment_attempt where id = ?")
                .param(attempt)
                .query((rs, n) -> new AttemptTotals.Totals(
                        rs.getDouble(1), rs.getInt(2), rs.getInt(3), (Double) rs.getObject(4, Double.class)))
                .single();
    }

    private long currentAttempt() {
        return jdbc.sql("select id from assignment_attempt where assignment_id = ? and student_id = ?"
                        + " and superseded_at is null")
                .params(a.id(), student.id())
                .query(Long.class)
                .single();
    }
}
