package app.lectern.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.StudentProgress;
import app.lectern.classroom.roster.RosterEntry;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.config.LecternProperties;
import app.lectern.testsupport.LecternSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Demo mode ({@code lectern.demo=true}): the demo data it makes at start-up, through the real services, and only
 * once. The start-up step runs here in the shared test context, where the database also holds other tests' rows.
 */
@LecternSpringTest
class DemoDataTest {

    @Autowired
    DemoData demo;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LecternProperties properties;

    @BeforeEach
    void demoModeStarts() {
        // the shared context runs without demo mode; start it as --lectern.demo=true would
        LecternProperties p = properties;
        new DemoMode(
                        demo,
                        new LecternProperties(
                                p.contentDir(),
                                p.dataDir(),
                                p.signup(),
                                p.inviteCode(),
                                p.admin(),
                                true,
                                p.retention(),
                                p.throttle(),
                                p.trustedProxies(),
                                p.sessions(),
                                p.authoring(),
                                p.i18n(),
                                p.ltiSync()))
                .start();
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void startUpCreatedAPopulatedClassForTheDemoTeacher() {
        UserRef teacher = accounts.findByLoginName(DemoData.TEACHER).orElseThrow();
        assertThat(teacher.roles()).containsExactly(Role.TEACHER);
        new ClassroomTestUsers(accounts, userDetails).signIn(teacher);

        SchoolClass schoolClass = classroom.myClasses().stream()
                .filter(c -> c.name().equals(DemoData.CLASS_NAME))
                .findFirst()
                .orElseThrow();
        assertThat(schoolClass.joinCode()).hasSize(ClassroomService.CODE_LENGTH);
        assertThat(classroom.roster(schoolClass.id()))
                .extracting(RosterEntry::displayName)
                .containsExactlyInAnyOrderElementsOf(
                        DemoData.STUDENTS.stream().map(DemoData.Student::name).toList());

        Assignment assignment = classroom.assignments(schoolClass.id()).getFirst();
        assertThat(assignment.moduleId()).isEqualTo(DemoData.MODULE);
        assertThat(assignment.feedbackTiming()).isEqualTo(FeedbackTiming.IMMEDIATE);
        Instant now = Instant.now();
        assertThat(assignment.opensAt()).isBefore(now.minus(Duration.ofHours(20)));
        assertThat(assignment.dueAt()).isAfter(now.plus(Duration.ofDays(6)));

        Map<String, StudentProgress> progress = attempts.progress(assignment.id()).stream()
                .collect(Collectors.toMap(StudentProgress::displayName, Function.identity()));
        List<StudentProgress> submitted =
                progress.values().stream().filter(p -> p.submittedAt() != null).toList();
        assertThat(submitted).hasSize(5);
        assertThat(submitted).allSatisfy(p -> {
            assertThat(p.answered()).isGreaterThan(20);
            assertThat(p.points()).isPositive().isLessThan(p.maxPoints());
            assertThat(p.late()).isFalse();
        });
        assertThat(submitted.stream().map(StudentProgress::points).distinct())
                .as("a spread of scores")
                .hasSizeGreaterThan(3);
        StudentProgress amara = progress.get("Amara Okafor");
        StudentProgress leila = progress.get("Leila Haddad");
        assertThat(amara.points()).isGreaterThan(leila.points());

        List<StudentProgress> inProgress = progress.values().stream()
                .filter(p -> p.startedAt() != null && p.submittedAt() == null)
                .toList();
        assertThat(inProgress)
                .extracting(StudentProgress::displayName)
                .containsExactlyInAnyOrder("Noah Schmidt", "Priya Raman");
        assertThat(inProgress).allSatisfy(p -> assertThat(p.answered()).isPositive());
        assertThat(progress.get("Kofi Mensah").startedAt())
                .as("one student has not started")
                .isNull();

        assertThat(jdbc.sql("select count(*) from assignment_response r join assignment_attempt a"
                                + " on a.id = r.attempt_id where a.assignment_id = ? and r.pending = true")
                        .param(assignment.id())
                        .query(Integer.class)
                        .single())
                .as("the one essay writer's open answers await review")
                .isEqualTo((int) new app.lectern.content.load.ModuleLoader()
                        .load(java.nio.file.Path.of("content", DemoData.MODULE, "module.yaml"))
                        .module()
                        .orElseThrow()
                        .questions()
                        .filter(q -> !q.autoScored())
                        .count())
                .isPositive();
    }

    @Test
    void aSecondStartCreatesNothingNewAndPrintsPasswordsThatWork() {
        Map<String, Long> before = counts();

        DemoSummary again = demo.ensure();

        assertThat(again.created()).isFalse();
        assertThat(counts()).isEqualTo(before);
        assertThat(again.students()).hasSize(DemoData.STUDENTS.size());
        for (DemoSummary.Login login : List.of(again.teacher(), again.students().getFirst())) {
            assertThat(authentication
                            .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                    login.loginName(), login.password()))
                            .isAuthenticated())
                    .isTrue();
        }
    }

    private Map<String, Long> counts() {
        return List.of(
                        "app_user",
                        "school_class",
                        "class_member",
                        "assignment",
                        "assignment_attempt",
                        "assignment_response")
                .stream()
                .collect(Collectors.toMap(
                        t -> t,
                        t -> jdbc.sql("select count(*) from " + t)
                                .query(Long.class)
                                .single()));
    }
}
