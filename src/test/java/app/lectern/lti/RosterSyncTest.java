package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.roster.RosterService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Sync roster": pages followed up to the caps, learners enrolled once, instructors and odd members only counted. */
@LecternSpringTest
class RosterSyncTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    RosterService rosterService;

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
    ApplicationEventPublisher events;

    PlatformServices platform;
    long registrationId;
    ClassroomTestUsers users;
    UserRef teacher;
    SchoolClass schoolClass;
    RosterSync sync;
    final Map<String, Long> linked = new HashMap<>();

    /** The launch side's part, as simple as it can be: a new student account per subject, enrolled by insert. */
    final RosterTarget target = new RosterTarget() {
        @Override
        public long linkedAccount(long registration, String subject, String name, boolean instructor) {
            return linked.computeIfAbsent(
                    subject,
                    s -> users.student(name == null ? "LMS user" : name).id());
        }

        @Override
        public boolean enrol(long classId, long userId) {
            if (rosterService.isMember(classId, userId)) {
                return false;
            }
            jdbc.sql("insert into class_member (class_id, student_id, created_here, joined_at) values (?, ?, ?, ?)")
                    .params(classId, userId, false, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            return true;
        }
    };

    @BeforeEach
    void aLinkedClass() throws Exception {
        String clientId = "client-" + UUID.randomUUID();
        platform = new PlatformServices(toolKeys.publicKeys(), clientId, clock);
        registrationId = LtiTestSetup.register(jdbc, platform, clientId, clock);
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        events.publishEvent(new LtiLaunched(
                registrationId,
                "deployment-1",
                teacher.id(),
                true,
                schoolClass.id(),
                null,
                "course-1",
                "link-1",
                null,
                null,
                List.of(),
                platform.membershipsUrl()));
        sync = new RosterSync(rosterService, jdbc, registrations, tokens, http, target);
    }

    @AfterEach
    void stop() {
        ClassroomTestUsers.signOut();
        platform.close();
    }

    @Test
    void learnersOfEveryPageAreEnrolledOnceAndTheRestCounted() {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            members.add(PlatformServices.member("learner-" + i, "Learner " + i, "Learner"));
        }
        members.add(PlatformServices.member("teacher-1", "Ms Rivera", "Instructor"));
        Map<String, Object> inactive = PlatformServices.member("gone-1", "Left", "Learner");
        inactive.put("status", "Inactive");
        members.add(inactive);
        Map<String, Object> noId = new LinkedHashMap<>(PlatformServices.member("x", "No id", "Learner"));
        noId.put("user_id", 12345);
        members.add(noId);
        members.add(PlatformServices.member("observer-1", "A parent", "Mentor"));
        platform.members(members, 10);

        assertThat(sync.linked(schoolClass.id())).isTrue();
        RosterSync.Summary summary = sync.sync(schoolClass.id());

        assertThat(summary).isEqualTo(new RosterSync.Summary(23, 0, 1, 3, false));
        assertThat(rosterService.studentIds(schoolClass.id())).hasSize(23);
        assertThat(platform.refusals()).isEmpty();

        RosterSync.Summary again = sync.sync(schoolClass.id());
        assertThat(again).isEqualTo(new RosterSync.Summary(0, 23, 1, 3, false));
        assertThat(rosterService.studentIds(schoolClass.id())).hasSize(23);
    }

    @Test
    void theCapOnPagesStopsAnEndlessRoster() {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < RosterSync.MAX_PAGES + 5; i++) {
            members.add(PlatformServices.member("learner-" + i, "Learner " + i, "Learner"));
        }
        platform.members(members, 1);

        RosterSync.Summary summary = sync.sync(schoolClass.id());

        assertThat(summary.truncated()).isTrue();
        assertThat(summary.added()).isEqualTo(RosterSync.MAX_PAGES);
    }

    @Test
    void aNextPageOnAnotherHostOrNotHttpsIsNotFollowed() {
        URI roster = URI.create("https://lms.example/api/memberships");
        assertThat(RosterSync.next("<https://lms.example/api/memberships?page=2>; rel=\"next\"", roster))
                .contains(URI.create("https://lms.example/api/memberships?page=2"));
        assertThat(RosterSync.next(
                        "<https://lms.example/a?p=1>; rel=\"prev\", <https://lms.example/a?p=3>; rel=next", roster))
                .contains(URI.create("https://lms.example/a?p=3"));
        assertThat(RosterSync.next("<https://evil.example/steal>; rel=\"next\"", roster))
                .as("the bearer token would go to another host")
                .isEmpty();
        assertThat(RosterSync.next("<http://lms.example/a>; rel=\"next\"", roster))
                .isEmpty();
        assertThat(RosterSync.next("garbage", roster)).isEmpty();
        assertThat(RosterSync.next(null, roster)).isEmpty();
    }

    @Test
    void aPageWithoutAMembersListIsRefused() {
        platform.answer(
                "/memberships",
                new PlatformServices.Canned(200, RosterSync.MEMBERSHIP_TYPE, "{\"members\": {}}", Map.of()));
        assertThatThrownBy(() -> sync.sync(schoolClass.id()))
                .isInstanceOf(LtiException.class)
                .extracting(e -> ((LtiException) e).key())
                .isEqualTo("lti.platform.error.bad-response");
        assertThat(rosterService.studentIds(schoolClass.id())).isEmpty();
    }

    @Test
    void onlyTheTeacherOfALinkedClassSyncs() {
        users.signIn(users.teacher("Mr Other"));
        assertThatThrownBy(() -> sync.sync(schoolClass.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(teacher);
        SchoolClass unlinked = classroom.createClass("Not linked", ZoneOffset.UTC);
        assertThat(sync.linked(unlinked.id())).isFalse();
        assertThatThrownBy(() -> sync.sync(unlinked.id()))
                .isInstanceOf(LtiException.class)
                .extracting(e -> ((LtiException) e).key())
                .isEqualTo("lti.roster.error.not-linked");
    }
}
