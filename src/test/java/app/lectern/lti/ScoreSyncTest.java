package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.ReviewItem;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.attempt.StudentScores;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Scores reaching the test platform: queued with the submit or the grade, sent by the sender with a token from the
 * platform's token endpoint, retried with backoff while the platform is down, never sent twice, withheld while the
 * assignment withholds feedback; the teacher's status and "Send again".
 */
@LecternSpringTest
class ScoreSyncTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String ESSAY = "peacemaker-essay";

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
    ToolKeys toolKeys;

    @Autowired
    LtiRegistrations registrations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    PlatformHttp http;

    @Autowired
    StudentScores scores;

    @Autowired
    AssignmentAccess access;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LmsGrades lmsGrades;

    PlatformServices platform;
    String clientId;
    long registrationId;
    ClassroomTestUsers users;
    UserRef teacher;
    UserRef student;
    SchoolClass schoolClass;
    final Map<Long, String> subjects = new HashMap<>();
    ScoreSender sender;

    @BeforeEach
    void aLinkedClass() throws Exception {
        clientId = "client-" + UUID.randomUUID();
        platform = new PlatformServices(toolKeys.publicKeys(), clientId, clock);
        registrationId = LtiTestSetup.register(jdbc, platform, clientId, clock);
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        student = users.student("Maria Lopez");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
        subjects.put(student.id(), "lms-user-" + UUID.randomUUID());
        sender = sender();
    }

    @AfterEach
    void stop() {
        ClassroomTestUsers.signOut();
        clock.reset();
        platform.close();
    }

    private ScoreSender sender() {
        return new ScoreSender(
                jdbc,
                registrations,
                tokens,
                http,
                scores,
                access,
                (registration, user) ->
                        registration == registrationId ? Optional.ofNullable(subjects.get(user)) : Optional.empty(),
                clock);
    }

    @Test
    void aSubmitCreatesTheLineItemAndSendsTheScoreOnce() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, null, List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        attempts.submit(a.id());
        assertThat(row(a).get("state")).isEqualTo("PENDING");

        ScoreSender.Run run = sender.sendDue();

        assertThat(run.lineItemsCreated()).isEqualTo(1);
        assertThat(run.sent()).isEqualTo(1);
        Map<String, Object> item = platform.lineItems().values().iterator().next();
        assertThat(item)
                .containsEntry("label", a.title())
                .containsEntry("resourceLinkId", "link-" + a.id())
                .containsEntry("tag", "lectern")
                .containsEntry("scoreMaximum", 100);
        List<PlatformServices.Score> received = platform.scores();
        assertThat(received).hasSize(1);
        JsonNode score = received.getFirst().json();
        assertThat(score.get("userId").stringValue()).isEqualTo(subjects.get(student.id()));
        assertThat(score.get("scoreGiven").doubleValue()).isEqualTo(1.0);
        assertThat(score.get("scoreMaximum").doubleValue())
                .as("every question's points, the open one's included")
                .isGreaterThan(1.0);
        assertThat(score.get("activityProgress").stringValue()).isEqualTo("Completed");
        assertThat(score.get("gradingProgress").stringValue()).isEqualTo("FullyGraded");
        assertThat(score.get("timestamp").stringValue())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00");
        assertThat(row(a).get("state")).isEqualTo("SENT");

        PlatformServices.TokenRequest request = platform.tokenRequests().getFirst();
        assertThat(request.assertion().getIssuer()).isEqualTo(clientId);
        assertThat(request.assertion().getSubject()).isEqualTo(clientId);
        assertThat(request.assertion().getAudience())
                .containsExactly(platform.tokenUrl().toString());
        assertThat(request.form()).containsEntry("grant_type", "client_credentials");
        assertThat(platform.refusals()).isEmpty();

        assertThat(sender.sendDue().sent()).as("nothing is sent twice").isZero();
        assertThat(platform.scores()).hasSize(1);
        users.signIn(student);
        attempts.submit(a.id());
        assertThat(row(a).get("state"))
                .as("a second click on Submit queues nothing")
                .isEqualTo("SENT");
    }

    @Test
    void aLaunchWithALineItemUsesItAndWithoutTheScoreScopeNothingIsQueued() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        URI lineItem = platform.lineItem("Deep-linked");
        launch(a, lineItem, List.of(AgsScopes.SCORE));
        attempts.submit(a.id());
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        assertThat(platform.scores().getFirst().lineItem()).isEqualTo(lineItem.toString());
        assertThat(platform.lineItems()).hasSize(1);

        Assignment b = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(
                b,
                platform.lineItem("No scope"),
                List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"));
        attempts.submit(b.id());
        assertThat(row(b)).isNull();
    }

    @Test
    void whileThePlatformIsDownTheRowWaitsWithItsErrorAndBacksOffThenIsSentExactlyOnce() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.submit(a.id());
        platform.down(true);

        assertThat(sender.sendDue().failed()).isEqualTo(1);
        Map<String, Object> row = row(a);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("tries")).isEqualTo(1);
        assertThat((String) row.get("last_error")).startsWith("lti.platform.error.token-refused\u001f500");
        assertThat(due(a)).isCloseTo(clock.instant().plus(Duration.ofMinutes(1)), within(5));
        assertThat(sender.sendDue().failed()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(61));
        assertThat(sender.sendDue().failed()).isEqualTo(1);
        assertThat(row(a).get("tries")).isEqualTo(2);
        assertThat(due(a)).isCloseTo(clock.instant().plus(Duration.ofMinutes(2)), within(5));
        users.signIn(teacher);
        GradeSyncStatus status = lmsGrades.status(a.id()).getFirst();
        assertThat(status.state()).isEqualTo(GradeSyncStatus.State.RETRYING);
        assertThat(status.errorKey()).isEqualTo("lti.platform.error.token-refused");
        assertThat(status.errorArgs()).containsExactly("500");

        platform.down(false);
        clock.advance(Duration.ofSeconds(121));
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(sender.sendDue().sent()).isZero();
        assertThat(platform.scores()).hasSize(1);
        status = lmsGrades.status(a.id()).getFirst();
        assertThat(status.state()).isEqualTo(GradeSyncStatus.State.SENT);
        assertThat(status.errorKey()).isNull();
        assertThat(status.sentSummary()).startsWith("score ");
    }

    @Test
    void afterADayOfFailuresTheRowIsFailedAndTheTeacherCanSendItAgain() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.submit(a.id());
        platform.down(true);
        for (int i = 0; i < 40 && !"FAILED".equals(row(a).get("state")); i++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(61));
        }
        assertThat(row(a).get("state")).isEqualTo("FAILED");
        assertThat(sender.sendDue().failed()).as("a failed row is left alone").isZero();

        users.signIn(teacher);
        assertThat(lmsGrades.status(a.id()).getFirst().state()).isEqualTo(GradeSyncStatus.State.FAILED);
        platform.down(false);
        assertThat(lmsGrades.sendAgain(a.id(), student.id())).isEqualTo(1);
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        assertThat(lmsGrades.status(a.id()).getFirst().state()).isEqualTo(GradeSyncStatus.State.SENT);
    }

    @Test
    void twoSendersAtOnceSendARowOnce() throws Exception {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.submit(a.id());
        platform.delay(Duration.ofMillis(300));
        ScoreSender other = sender();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ScoreSender.Run>> runs = new ArrayList<>();
            for (ScoreSender s : List.of(sender, other)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return s.sendDue();
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<ScoreSender.Run> run : runs) {
                sent += run.get().sent();
            }
            assertThat(sent).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(platform.scores()).hasSize(1);
    }

    @Test
    void aRowOneSenderClaimedCannotBeClaimedByAnotherUntilTheClaimIsStale() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.submit(a.id());
        ScoreSender other = sender();
        ScoreSender.Due mine = mine(sender.dueScores(), a);
        ScoreSender.Due theirs = mine(other.dueScores(), a);

        assertThat(sender.claim(mine)).isTrue();
        assertThat(other.claim(theirs))
                .as("read before the claim, refused after it")
                .isFalse();
        assertThat(other.dueScores()).noneMatch(d -> d.id() == mine.id());

        clock.advance(ScoreSender.CLAIM_TIMEOUT.plusSeconds(1));
        assertThat(other.claim(theirs)).as("the first sender died mid-send").isTrue();
    }

    @Test
    void gradingAnOpenAnswerSendsTheNewScoreWithALaterTimestamp() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.answer(a.id(), ESSAY, new OpenAnswer("China is not neutral: it buys Russian oil."));
        attempts.submit(a.id());
        sender.sendDue();
        JsonNode first = platform.scores().getFirst().json();
        assertThat(first.get("gradingProgress").stringValue()).isEqualTo("PendingManual");
        assertThat(first.get("scoreGiven").doubleValue()).isZero();

        users.signIn(teacher);
        ReviewItem item = reviews.queue(a.id()).getFirst();
        reviews.grade(a.id(), item.responseId(), 3, "Good");
        assertThat(row(a).get("state")).isEqualTo("PENDING");
        sender.sendDue();

        assertThat(platform.scores()).hasSize(2);
        JsonNode second = platform.scores().get(1).json();
        assertThat(second.get("gradingProgress").stringValue()).isEqualTo("FullyGraded");
        assertThat(second.get("scoreGiven").doubleValue()).isEqualTo(3.0);
        assertThat(second.get("timestamp").stringValue())
                .isGreaterThan(first.get("timestamp").stringValue());
    }

    @Test
    void aScoreWithheldUntilTheDueDateIsSentAsPendingThenWithThePointsAtTheDueDate() {
        Assignment a = assign(FeedbackTiming.AFTER_DUE, 1);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        attempts.submit(a.id());
        sender.sendDue();
        JsonNode withheld = platform.scores().getFirst().json();
        assertThat(withheld.get("gradingProgress").stringValue()).isEqualTo("Pending");
        assertThat(withheld.get("activityProgress").stringValue()).isEqualTo("Completed");
        assertThat(withheld.has("scoreGiven"))
                .as("the LMS must not show it before Lectern does")
                .isFalse();
        assertThat(due(a)).isAfter(a.dueAt());

        clock.advance(Duration.ofHours(12));
        assertThat(sender.sendDue().sent()).isZero();
        clock.advance(Duration.ofHours(12).plusSeconds(5));
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        JsonNode released = platform.scores().get(1).json();
        assertThat(released.get("gradingProgress").stringValue()).isEqualTo("FullyGraded");
        assertThat(released.get("scoreGiven").doubleValue()).isEqualTo(1.0);
        assertThat(row(a).get("state")).isEqualTo("SENT");
    }

    @Test
    void withoutALinkedSubjectTheRowWaitsWithAClearReason() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        attempts.submit(a.id());
        subjects.clear();
        assertThat(sender.sendDue().failed()).isEqualTo(1);
        assertThat((String) row(a).get("last_error")).isEqualTo("lti.grades.error.no-subject");
        assertThat(row(a).get("state"))
                .as("no retries for a day: nothing would change")
                .isEqualTo("FAILED");
        assertThat(platform.scores()).isEmpty();

        // once the student has launched from the course, Send again sends their score
        subjects.put(student.id(), "lms-user-" + UUID.randomUUID());
        users.signIn(teacher);
        lmsGrades.sendAgain(a.id(), student.id());
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        assertThat(platform.scores()).hasSize(1);
    }

    @Test
    void aLineItemAnswerWithoutAUsableIdIsRetriedAndNothingIsSent() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, null, List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE));
        attempts.submit(a.id());
        platform.answer(
                "/lineitems",
                new PlatformServices.Canned(201, "application/json", "{\"id\": \"javascript:alert(1)\"}", Map.of()));
        ScoreSender.Run run = sender.sendDue();
        assertThat(run.lineItemsCreated()).isZero();
        assertThat(run.failed()).isEqualTo(1);
        assertThat((String) row(a).get("last_error")).isEqualTo("lti.grades.error.no-line-item");
        String createError = jdbc.sql("select create_error from lti_line_item where assignment_id = ?")
                .param(a.id())
                .query(String.class)
                .single();
        assertThat(createError).isEqualTo("lti.platform.error.bad-response\u001fid");
    }

    @Test
    void onlyTheTeacherOfTheClassSeesTheStatusOrSendsAgain() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, platform.lineItem("Essay"), List.of(AgsScopes.SCORE));
        users.signIn(student);
        assertThatThrownBy(() -> lmsGrades.status(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lmsGrades.sendAgain(a.id(), student.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(users.teacher("Mr Other"));
        assertThatThrownBy(() -> lmsGrades.status(a.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(teacher);
        UserRef stranger = users.student("Not In Class");
        assertThatThrownBy(() -> lmsGrades.sendAgain(a.id(), stranger.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(lmsGrades.status(a.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(GradeSyncStatus.State.NONE));
    }

    @Test
    void aLaunchWithLineItemsOutsideHttpsIsNotRemembered() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, 7);
        launch(a, URI.create("http://lms.example/lineitems/1"), List.of(AgsScopes.SCORE));
        assertThat(jdbc.sql("select count(*) from lti_line_item where assignment_id = ?")
                        .param(a.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    // ---- helpers ----

    private Assignment assign(FeedbackTiming timing, int dueInDays) {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(clock);
        Assignment a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusHours(1), now.plusDays(dueInDays), 3, timing, false, false));
        users.signIn(student);
        return a;
    }

    /** What the launch side publishes after a student's resource link launch. */
    private void launch(Assignment a, URI lineItem, List<String> scopes) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new LtiLaunched(
                registrationId,
                "deployment-1",
                student.id(),
                false,
                schoolClass.id(),
                a.id(),
                "course-1",
                "link-" + a.id(),
                lineItem == null
                        ? platform.lineItemsUrl()
                        : URI.create(lineItem.toString().replaceAll("/\\d+$", "")),
                lineItem,
                scopes,
                platform.membershipsUrl())));
    }

    private Map<String, Object> row(Assignment a) {
        return jdbc.sql("select * from lti_score_outbox where assignment_id = ? and student_id = ?")
                .params(a.id(), student.id())
                .query((rs, n) -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("state", rs.getString("state"));
                    m.put("tries", rs.getInt("tries"));
                    m.put("last_error", rs.getString("last_error"));
                    return m;
                })
                .optional()
                .orElse(null);
    }

    private ScoreSender.Due mine(List<ScoreSender.Due> due, Assignment a) {
        return due.stream().filter(d -> d.assignmentId() == a.id()).findFirst().orElseThrow();
    }

    private Instant due(Assignment a) {
        return jdbc.sql("select due_at from lti_score_outbox where assignment_id = ? and student_id = ?")
                .params(a.id(), student.id())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private static org.assertj.core.data.TemporalUnitOffset within(int seconds) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(seconds, java.time.temporal.ChronoUnit.SECONDS);
    }
}
