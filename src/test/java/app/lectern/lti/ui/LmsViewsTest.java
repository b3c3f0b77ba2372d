package app.lectern.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.classroom.ui.ClassView;
import app.lectern.classroom.ui.GradebookView;
import app.lectern.lti.AgsScopes;
import app.lectern.lti.LtiLaunched;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The teacher's grade status and roster pages, rendered without a browser, and the links that lead there. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class LmsViewsTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef maria;
    SchoolClass schoolClass;
    Assignment assignment;
    long registrationId;

    @BeforeEach
    void aLinkedAssignmentWithASubmission() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assignment = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        "china-russia-ukraine",
                        "The fighters",
                        now.minusHours(1),
                        now.plusDays(7),
                        2,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        true));
        maria = users.student("Maria Lopez");
        users.signIn(maria);
        classroom.joinWithCode(schoolClass.joinCode());
        String issuer = "https://lms-" + UUID.randomUUID() + ".example";
        jdbc.sql("insert into lti_registration (name, issuer, client_id, platform_jwks_url, authorization_url,"
                        + " token_url, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        "Riverside Moodle",
                        issuer,
                        "c1",
                        issuer + "/jwks",
                        issuer + "/auth",
                        issuer + "/token",
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        registrationId = jdbc.sql("select id from lti_registration where issuer = ?")
                .param(issuer)
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(tx -> events.publishEvent(new LtiLaunched(
                registrationId,
                "d1",
                maria.id(),
                false,
                schoolClass.id(),
                assignment.id(),
                "course-1",
                "link-1",
                URI.create(issuer + "/lineitems"),
                URI.create(issuer + "/lineitems/1"),
                List.of(AgsScopes.SCORE),
                URI.create(issuer + "/memberships"))));
        attempts.submit(assignment.id());
        users.signIn(teacher);
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theGradebookLinksToTheStatusWhichOffersSendAgain() {
        navigate(GradebookView.class, Map.of("assignmentId", String.valueOf(assignment.id())));
        Anchor link = $(Anchor.class).id("lms-grades-link");
        assertThat(link.getHref()).isEqualTo("teach/assignments/" + assignment.id() + "/lms-grades");
        assertThat(link.getText()).isEqualTo("Grades in the learning platform");

        navigate(link.getHref(), LmsGradesView.class);
        NativeTableRow row = $(NativeTableRow.class).id("lms-grade-" + maria.id());
        assertThat(row.getElement().getTextRecursively())
                .contains("Maria Lopez", "Riverside Moodle", "Waiting to be sent");
        jdbc.sql("update lti_score_outbox set state = 'FAILED', last_error = ? where assignment_id = ?")
                .params("lti.grades.error.refused\u001f503", assignment.id())
                .update();
        navigate(link.getHref(), LmsGradesView.class);
        row = $(NativeTableRow.class).id("lms-grade-" + maria.id());
        assertThat(row.getElement().getTextRecursively())
                .contains("Failed after a day of tries: The platform refused the score (HTTP 503).");

        test($(Button.class).id("send-again-" + maria.id())).click();

        row = $(NativeTableRow.class).id("lms-grade-" + maria.id());
        assertThat(row.getElement().getTextRecursively()).contains("Waiting to be sent");
        assertThat(jdbc.sql("select state from lti_score_outbox where assignment_id = ?")
                        .param(assignment.id())
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void theClassLinksToTheRosterPageWhoseSyncSaysWhatIsMissing() {
        navigate(ClassView.class, Map.of("classId", String.valueOf(schoolClass.id())));
        Anchor link = $(Anchor.class).id("lms-roster-link");
        navigate(link.getHref(), LmsRosterView.class);

        test($(Button.class).id("sync-roster")).click();

        assertThat($(Paragraph.class).id("sync-result").getText())
                .as("the course's platform (an .example host) cannot be reached: the teacher is told which")
                .startsWith("The platform at ")
                .contains(".example");
    }

    @Test
    void anUnlinkedAssignmentHasNoLinkAndAnotherTeacherGetsNotFound() {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Assignment plain = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        "china-russia-ukraine",
                        "Not linked",
                        now.minusHours(1),
                        now.plusDays(7),
                        2,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        true));
        navigate(GradebookView.class, Map.of("assignmentId", String.valueOf(plain.id())));
        assertThat($(Anchor.class).all())
                .noneMatch(a -> "lms-grades-link".equals(a.getId().orElse(null)));

        users.signIn(users.teacher("Mr Okafor"));
        navigate("teach/assignments/" + assignment.id() + "/lms-grades", NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Maria Lopez");
        navigate("teach/classes/" + schoolClass.id() + "/lms-roster", NotFoundView.class);
    }
}
