package app.lectern.classroom.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.InjectedFailure;
import app.lectern.testsupport.LecternSpringTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Submitting an assignment is all or nothing: a database failure anywhere in the submit (injected into the
 * application's {@link JdbcClient} by {@link InjectedFailure}, at the statement named) leaves the attempt exactly
 * as it was — not submitted, its answers unchanged, still open for answers — and the next submit works.
 */
@LecternSpringTest
class SubmitAtomicityTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttemptService attempts;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef student;
    Assignment assignment;

    @BeforeEach
    void anAssignment() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Mr Okafor");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("Civics 10a", ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assignment = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusHours(1), now.plusDays(3), 2, FeedbackTiming.AFTER_SUBMIT, false, false));
        student = users.student("Aiyana Begay");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
    }

    @AfterEach
    void signOut() {
        InjectedFailure.clear();
        ClassroomTestUsers.signOut();
    }

    @Test
    void aFailureAfterTheAttemptIsMarkedSubmittedUndoesTheSubmit() {
        attempts.answer(assignment.id(), "who-says-150", new SingleAnswer("c"));
        attempts.answer(assignment.id(), "captured-count", new NumericAnswer(5.0));
        List<Map<String, Object>> before = stored();

        // the submit has set submitted_at when it reads the answers back to score them
        InjectedFailure.at("select * from assignment_response where attempt_id");
        assertThatThrownBy(() -> attempts.submit(assignment.id()))
                .isInstanceOf(DataAccessResourceFailureException.class);
        InjectedFailure.clear();

        assertThat(submittedAt()).as("not submitted").containsOnlyNulls();
        assertThat(stored()).as("answers unchanged").isEqualTo(before);
        AttemptView view = attempts.open(assignment.id());
        assertThat(view.submittedAt()).isNull();
        assertThat(view.acceptsAnswers()).isTrue();
        attempts.answer(assignment.id(), "captured-count", new NumericAnswer(2.0));
        SubmitResult result = attempts.submit(assignment.id());
        assertThat(result.submittedAt()).isNotNull();
        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.result().points()).isEqualTo(2.0);
    }

    @Test
    void aFailureWhileMarkingAFirstOpenedAttemptSubmittedLeavesNoAttempt() {
        // submitting without ever opening the assignment starts the attempt and marks it submitted in one go
        InjectedFailure.at("update assignment_attempt set submitted_at");
        assertThatThrownBy(() -> attempts.submit(assignment.id()))
                .isInstanceOf(DataAccessResourceFailureException.class);
        InjectedFailure.clear();

        assertThat(submittedAt()).as("no half-made attempt").isEmpty();
        assertThat(attempts.submit(assignment.id()).submittedAt()).isNotNull();
        assertThat(submittedAt()).hasSize(1).doesNotContainNull();
    }

    @Test
    void aFailureWhileStoringAnAnswerStoresNothingOfIt() {
        attempts.answer(assignment.id(), "who-says-150", new SingleAnswer("c"));
        List<Map<String, Object>> before = stored();

        // the answer is inserted, then the attempt's last_answer_at update fails
        InjectedFailure.at("update assignment_attempt set last_answer_at");
        assertThatThrownBy(() -> attempts.answer(assignment.id(), "captured-count", new NumericAnswer(2.0)))
                .isInstanceOf(DataAccessResourceFailureException.class);
        InjectedFailure.clear();

        assertThat(stored()).isEqualTo(before);
    }

    private List<java.time.Instant> submittedAt() {
        return jdbc.sql("select submitted_at from assignment_attempt where assignment_id = ? and student_id = ?")
                .params(assignment.id(), student.id())
                .query((rs, n) -> AttemptStore.instant(rs, "submitted_at"))
                .list();
    }

    private List<Map<String, Object>> stored() {
        return jdbc.sql("select r.question_id, r.seq, r.answer_json, r.points from assignment_response r"
                        + " join assignment_attempt a on a.id = r.attempt_id"
                        + " where a.assignment_id = ? and a.student_id = ? order by r.question_id, r.seq")
                .params(assignment.id(), student.id())
                .query()
                .listOfRows();
    }
}
