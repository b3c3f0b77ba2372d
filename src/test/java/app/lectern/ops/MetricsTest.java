package app.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.single.SingleAnswer;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import app.lectern.web.AnonymousSessions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The meters an operator watches move with what learners and sign-ins do, and only then. */
@LecternSpringTest
class MetricsTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    MeterRegistry registry;

    @Autowired
    StudyService study;

    @Autowired
    AttemptService attempts;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AnonymousSessions anonymousSessions;

    @Autowired
    SessionMetrics sessionMetrics;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
        clock.reset();
    }

    @Test
    void aSelfStudyAnswerIsCountedAndTimedAsSavedARefusedOneAsRefused() {
        double saved = answers("self_study", "saved");
        double refused = answers("self_study", "refused");
        long timed = timed("self_study", "saved");
        UUID learner = UUID.randomUUID();

        study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));

        assertThat(answers("self_study", "saved")).isEqualTo(saved + 1);
        assertThat(timed("self_study", "saved")).isEqualTo(timed + 1);
        assertThat(registry.get("lectern.answer")
                        .tag("source", "self_study")
                        .tag("outcome", "saved")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isPositive();
        assertThat(answers("self_study", "refused")).isEqualTo(refused);

        // an option the question does not offer: refused, nothing saved, and counted as such
        assertThatThrownBy(() -> study.submit(learner, MODULE, "neutrality-includes", new SingleAnswer("zz")))
                .isInstanceOf(InvalidAnswerException.class);
        assertThat(answers("self_study", "refused")).isEqualTo(refused + 1);
        assertThat(answers("self_study", "saved")).isEqualTo(saved + 1);
    }

    @Test
    void anAssignmentAnswerIsCountedUnderItsOwnSource() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        var teacher = users.teacher("Metrics Teacher " + UUID.randomUUID());
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("Metrics " + UUID.randomUUID(), ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(clock);
        Assignment a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusHours(1), now.plusDays(7), 2, FeedbackTiming.IMMEDIATE, false, false));
        users.signIn(users.student("Metrics Student " + UUID.randomUUID()));
        classroom.joinWithCode(schoolClass.joinCode());
        double assignment = answers("assignment", "saved");
        double selfStudy = answers("self_study", "saved");

        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));

        assertThat(answers("assignment", "saved")).isEqualTo(assignment + 1);
        assertThat(timed("assignment", "saved")).isPositive();
        assertThat(answers("self_study", "saved")).isEqualTo(selfStudy);
    }

    @Test
    void aWrongPasswordCountsAsALoginFailureARightOneDoesNot() {
        var student = accounts.createStudent("Metrics Login " + UUID.randomUUID(), "right-password-1");
        double failures = loginFailures("bad_credentials");

        authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(student.loginName(), "right-password-1"));
        assertThat(loginFailures("bad_credentials")).isEqualTo(failures);

        assertThatThrownBy(() -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(student.loginName(), "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(loginFailures("bad_credentials")).isEqualTo(failures + 1);
    }

    @Test
    void sessionsCountAsAnonymousUntilSomeoneSignsInAndStopCountingWhenTheyEnd() {
        double anonymous = sessions("anonymous");
        double signedIn = sessions("signed_in");
        MockHttpSession session = new MockHttpSession();
        HttpSessionEvent event = new HttpSessionEvent(session);
        // the servlet container calls every session listener; in this mock environment the test does
        anonymousSessions.sessionCreated(event);
        sessionMetrics.sessionCreated(event);
        assertThat(sessions("anonymous")).isEqualTo(anonymous + 1);
        assertThat(sessions("signed_in")).isEqualTo(signedIn);

        session.setAttribute("SPRING_SECURITY_CONTEXT", "signed in");
        anonymousSessions.attributeAdded(new HttpSessionBindingEvent(session, "SPRING_SECURITY_CONTEXT", "signed in"));
        assertThat(sessions("anonymous")).isEqualTo(anonymous);
        assertThat(sessions("signed_in")).isEqualTo(signedIn + 1);

        anonymousSessions.sessionDestroyed(event);
        sessionMetrics.sessionDestroyed(event);
        assertThat(sessions("anonymous")).isEqualTo(anonymous);
        assertThat(sessions("signed_in")).isEqualTo(signedIn);
    }

    private double answers(String source, String outcome) {
        return registry.get("lectern.answers")
                .tag("source", source)
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private long timed(String source, String outcome) {
        return registry.get("lectern.answer")
                .tag("source", source)
                .tag("outcome", outcome)
                .timer()
                .count();
    }

    private double loginFailures(String reason) {
        return registry.get("lectern.login.failures")
                .tag("reason", reason)
                .counter()
                .count();
    }

    private double sessions(String kind) {
        return registry.get("lectern.sessions.active").tag("kind", kind).gauge().value();
    }
}
