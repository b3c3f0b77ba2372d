package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.roster.RosterService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Grade passback and roster sync reach the accounts launches make: the score's user id is the platform subject the
 * launch linked, a listed member is the same account a later launch finds, and enrolment puts them in the class.
 */
@LecternSpringTest
class LinkedRosterTest {

    @Autowired
    SubjectLookup subjects;

    @Autowired
    RosterTarget roster;

    @Autowired
    LinkedAccounts linked;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ClassroomService classroom;

    @Autowired
    RosterService rosterService;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theSubjectOfALaunchedAccountIsWhatTheScoreCarriesAndOnlyAtItsOwnRegistration() {
        long registration = 900_000L + (UUID.randomUUID().hashCode() & 0xffff);
        String subject = "sub-" + UUID.randomUUID();
        UserRef student = linked.findOrCreate(registration, subject, "Olena Koval", Role.STUDENT);

        assertThat(subjects.subject(registration, student.id())).contains(subject);
        assertThat(subjects.subject(registration + 1, student.id())).isEmpty();
        UserRef ordinary = accounts.createStudent(
                "Ordinary " + UUID.randomUUID().toString().substring(0, 6), "owl-lemon-kite-42");
        assertThat(subjects.subject(registration, ordinary.id())).isEmpty();
    }

    @Test
    void aRosterMemberIsTheAccountALaunchWouldFindAndIsEnrolledOnce() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        long registration = 910_000L + (UUID.randomUUID().hashCode() & 0xffff);
        String subject = "sub-" + UUID.randomUUID();

        long member = roster.linkedAccount(registration, subject, "Sam Lee", false);

        assertThat(linked.find(registration, subject)).map(UserRef::id).contains(member);
        assertThat(roster.linkedAccount(registration, subject, "Sam Lee", false))
                .isEqualTo(member);
        assertThat(roster.enrol(schoolClass.id(), member)).isTrue();
        assertThat(roster.enrol(schoolClass.id(), member)).isFalse();
        assertThat(rosterService.studentIds(schoolClass.id())).containsExactly(member);
    }
}
