package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.JoinedClass;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.RosterEntry;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Classes, joining and assigning with real accounts, the shipped module and a file H2 database. */
@LecternSpringTest
class ClassroomServiceTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef otherTeacher;

    @BeforeEach
    void accounts() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        otherTeacher = users.teacher("Mr Okafor");
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void aTeacherCreatesAClassWithAnUnambiguousJoinCode() {
        users.signIn(teacher);

        SchoolClass c = classroom.createClass("  History 9b ", BERLIN);

        assertThat(c.name()).isEqualTo("History 9b");
        assertThat(c.zone()).isEqualTo(BERLIN);
        assertThat(c.joinCode()).hasSize(8).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(c.archived()).isFalse();
        assertThat(classroom.myClasses()).extracting(SchoolClass::id).containsExactly(c.id());
        SchoolClass second = classroom.createClass("History 9c", BERLIN);
        assertThat(second.joinCode()).isNotEqualTo(c.joinCode());
    }

    @Test
    void namesMustBeVisibleTextAndTitlesMayNotBeCutSilently() {
        users.signIn(teacher);

        for (String bad : List.of("\u200B", "Tom\u202Eknab", "\u0000x", "---", "9b\u2028=cmd", "9b\u2029x")) {
            assertThatThrownBy(() -> classroom.createClass(bad, BERLIN))
                    .as(bad)
                    .isInstanceOf(ClassroomException.class)
                    .extracting(e -> ((ClassroomException) e).messageKey())
                    .isEqualTo("classroom.error.name-invalid");
        }
        SchoolClass c = classroom.createClass("Geschichte 9b – Zoë", BERLIN);
        LocalDateTime now = LocalDateTime.now(BERLIN);
        AssignmentSettings longTitle = new AssignmentSettings(
                MODULE, "x".repeat(1000), now, now.plusDays(1), 2, FeedbackTiming.IMMEDIATE, true, true);
        assertThatThrownBy(() -> classroom.assign(c.id(), longTitle))
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.title-too-long");
    }

    @Test
    void nothingNewHappensInAnArchivedClass() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("Old class", BERLIN);
        classroom.archive(c.id());
        LocalDateTime now = LocalDateTime.now(BERLIN);

        assertThatThrownBy(() -> classroom.assign(c.id(), settings(now, now.plusDays(1))))
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.class-archived");
        assertThatThrownBy(() -> classroom.bulkCreateStudents(c.id(), List.of("Ana")))
                .isInstanceOf(ClassroomException.class);
        assertThat(classroom.roster(c.id())).isEmpty();
    }

    @Test
    void aClassNeedsAName() {
        users.signIn(teacher);

        assertThatThrownBy(() -> classroom.createClass(" ", BERLIN))
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.name-required");
    }

    @Test
    void aStudentJoinsWithTheCodeTypedLoosely() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        UserRef student = users.student("Maria Lopez");

        users.signIn(student);
        String typed =
                c.joinCode().substring(0, 4).toLowerCase() + "-" + c.joinCode().substring(4);
        JoinedClass joined = classroom.joinWithCode(typed);
        classroom.joinWithCode(c.joinCode());

        assertThat(joined.name()).isEqualTo("History 9b");
        users.signIn(teacher);
        assertThat(classroom.roster(c.id()))
                .extracting(RosterEntry::displayName, RosterEntry::loginName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Maria Lopez", student.loginName()));
        assertThat(classroom.schoolClass(c.id()).students()).isEqualTo(1);
    }

    @Test
    void aStudentMayBeInSeveralClasses() {
        users.signIn(teacher);
        SchoolClass a = classroom.createClass("History", BERLIN);
        users.signIn(otherTeacher);
        SchoolClass b = classroom.createClass("Civics", BERLIN);
        UserRef student = users.student("Sam");

        users.signIn(student);
        classroom.joinWithCode(a.joinCode());
        classroom.joinWithCode(b.joinCode());

        assertThat(classroom.myMemberships()).extracting(JoinedClass::name).containsExactly("Civics", "History");
    }

    @Test
    void aWrongCodeIsRefusedWithAClearMessageAndCreatesNoAccount() {
        long before = countUsers();

        assertThatThrownBy(() -> classroom.joinAsNewStudent("ZZZZZZZZ", "Maria", "a-long-password"))
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.code-unknown");
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void anAnonymousVisitorJoinsAsANewStudentAndCanSignIn() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        ClassroomTestUsers.signOut();

        UserRef student = classroom.joinAsNewStudent(c.joinCode(), "Jonas", "my-own-password");

        assertThat(student.loginName()).startsWith("jonas-");
        users.signIn(student);
        assertThat(classroom.myMemberships()).extracting(JoinedClass::name).containsExactly("History 9b");
    }

    @Test
    void anArchivedClassRefusesJoinsAndDisappearsForItsStudents() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        UserRef member = users.student("Ana");
        users.signIn(member);
        classroom.joinWithCode(c.joinCode());
        users.signIn(teacher);
        classroom.archive(c.id());

        UserRef latecomer = users.student("Ben");
        users.signIn(latecomer);
        assertThatThrownBy(() -> classroom.joinWithCode(c.joinCode()))
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error.code-archived");
        users.signIn(member);
        assertThat(classroom.myMemberships()).isEmpty();

        users.signIn(teacher);
        classroom.unarchive(c.id());
        users.signIn(latecomer);
        assertThat(classroom.joinWithCode(c.joinCode()).classId()).isEqualTo(c.id());
    }

    @Test
    void aNewJoinCodeReplacesTheOldOne() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);

        SchoolClass renewed = classroom.regenerateJoinCode(c.id());

        assertThat(renewed.joinCode()).isNotEqualTo(c.joinCode());
        users.signIn(users.student("Ana"));
        assertThatThrownBy(() -> classroom.joinWithCode(c.joinCode())).isInstanceOf(ClassroomException.class);
        assertThat(classroom.joinWithCode(renewed.joinCode()).classId()).isEqualTo(c.id());
    }

    @Test
    void anotherTeacherCannotTouchTheClassAndAGuessedIdIsNotFound() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        UserRef student = users.student("Ana");
        users.signIn(student);
        classroom.joinWithCode(c.joinCode());

        users.signIn(otherTeacher);
        long id = c.id();
        List<Runnable> calls = List.of(
                () -> classroom.schoolClass(id),
                () -> classroom.rename(id, "Mine now"),
                () -> classroom.archive(id),
                () -> classroom.unarchive(id),
                () -> classroom.roster(id),
                () -> classroom.regenerateJoinCode(id),
                () -> classroom.removeStudent(id, student.id()),
                () -> classroom.bulkCreateStudents(id, List.of("Intruder")),
                () -> classroom.assign(
                        id,
                        settings(
                                LocalDateTime.now().minusDays(1),
                                LocalDateTime.now().plusDays(1))),
                () -> classroom.assignments(id));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(classroom.myClasses()).isEmpty();
        assertThatThrownBy(() -> classroom.roster(id + 1000)).isInstanceOf(NoSuchElementException.class);

        users.signIn(teacher);
        SchoolClass unchanged = classroom.schoolClass(id);
        assertThat(unchanged.name()).isEqualTo("History 9b");
        assertThat(unchanged.joinCode()).isEqualTo(c.joinCode());
        assertThat(classroom.roster(id)).hasSize(1);
    }

    @Test
    void studentsAndAnonymousVisitorsCannotCallTeacherMethods() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        UserRef student = users.student("Ana");
        users.signIn(student);
        classroom.joinWithCode(c.joinCode());

        long id = c.id();
        List<Runnable> calls = List.of(
                () -> classroom.createClass("Mine", BERLIN),
                () -> classroom.myClasses(),
                () -> classroom.roster(id),
                () -> classroom.rename(id, "x"),
                () -> classroom.removeStudent(id, student.id()),
                () -> classroom.bulkCreateStudents(id, List.of("x")),
                () -> classroom.assignments(id));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        ClassroomTestUsers.signOut();
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> classroom.myAssignments()).isInstanceOf(AccessDeniedException.class);
        users.signIn(teacher);
        assertThatThrownBy(() -> classroom.myAssignments()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStudentSeesOnlyOpenAssignmentsOfTheirOwnClasses() {
        users.signIn(teacher);
        SchoolClass mine = classroom.createClass("History 9b", BERLIN);
        LocalDateTime now = LocalDateTime.now(BERLIN);
        Assignment open = classroom.assign(mine.id(), settings(now.minusDays(1), now.plusDays(7)));
        Assignment late = classroom.assign(mine.id(), settings(now.minusDays(10), now.minusDays(2)));
        Assignment notYetOpen = classroom.assign(mine.id(), settings(now.plusDays(1), now.plusDays(8)));
        users.signIn(otherTeacher);
        SchoolClass other = classroom.createClass("Civics", BERLIN);
        Assignment elsewhere = classroom.assign(other.id(), settings(now.minusDays(1), now.plusDays(7)));

        users.signIn(users.student("Ana"));
        classroom.joinWithCode(mine.joinCode());
        List<StudentAssignment> mineNow = classroom.myAssignments();

        assertThat(mineNow)
                .extracting(s -> s.assignment().id(), StudentAssignment::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(late.id(), AssignmentStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple(open.id(), AssignmentStatus.TO_DO));
        assertThat(mineNow.get(1).assignment().className()).isEqualTo("History 9b");
        assertThatThrownBy(() -> classroom.myAssignment(notYetOpen.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classroom.myAssignment(elsewhere.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(classroom.myAssignment(open.id()).status()).isEqualTo(AssignmentStatus.TO_DO);
    }

    @Test
    void datesAreReadInTheClassTimeZone() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", ZoneId.of("America/New_York"));

        Assignment a = classroom.assign(
                c.id(), settings(LocalDateTime.of(2030, 1, 10, 8, 0), LocalDateTime.of(2030, 1, 17, 23, 59)));

        assertThat(a.opensAt()).hasToString("2030-01-10T13:00:00Z");
        assertThat(a.dueAt()).hasToString("2030-01-18T04:59:00Z");
    }

    @Test
    void invalidAssignmentsAreRefused() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        LocalDateTime now = LocalDateTime.now(BERLIN);

        assertRefused(() -> classroom.assign(c.id(), settings(now.plusDays(2), now.plusDays(1))), "due-before-open");
        assertRefused(() -> classroom.assign(c.id(), settings(now, now)), "due-before-open");
        assertRefused(
                () -> classroom.assign(
                        c.id(),
                        new AssignmentSettings(
                                "no-such-module", "", now, now.plusDays(1), 2, FeedbackTiming.IMMEDIATE, false, true)),
                "module-unknown");
        for (int attempts : new int[] {0, 11}) {
            assertRefused(
                    () -> classroom.assign(
                            c.id(),
                            new AssignmentSettings(
                                    MODULE, "", now, now.plusDays(1), attempts, FeedbackTiming.IMMEDIATE, false, true)),
                    "attempts-range");
        }
        assertThat(classroom.assignments(c.id())).isEmpty();
    }

    @Test
    void theModuleVersionIsPinnedWithASnapshotOfItsText() throws Exception {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        LocalDateTime now = LocalDateTime.now(BERLIN);

        Assignment a = classroom.assign(c.id(), settings(now, now.plusDays(3)));
        classroom.assign(c.id(), settings(now, now.plusDays(4)));

        String onDisk = Files.readString(Path.of("content", MODULE, "module.yaml"));
        assertThat(a.moduleVersion()).isPositive();
        assertThat(a.title()).isEqualTo("China's role in Russia's war on Ukraine");
        assertThat(jdbc.sql("select yaml_text from module_snapshot where module_id = ? and version = ?")
                        .params(MODULE, a.moduleVersion())
                        .query(String.class)
                        .single())
                .isEqualTo(onDisk);
        assertThat(jdbc.sql("select count(*) from module_snapshot where module_id = ?")
                        .param(MODULE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(classroom.assignments(c.id())).hasSize(2).allMatch(x -> x.moduleVersion() == a.moduleVersion());
    }

    @Test
    void bulkCreatedStudentsGetUniqueLoginsAndWorkingPasswords() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);

        List<LoginCard> cards = classroom.bulkCreateStudents(c.id(), List.of("Maria", "Maria B.", " ", "Jonas Berg"));

        assertThat(cards).extracting(LoginCard::displayName).containsExactly("Maria", "Maria B.", "Jonas Berg");
        assertThat(cards).extracting(LoginCard::loginName).doesNotHaveDuplicates();
        for (LoginCard card : cards) {
            String hash = jdbc.sql("select password_hash from app_user where login_name = ?")
                    .param(card.loginName())
                    .query(String.class)
                    .single();
            assertThat(hash).isNotEqualTo(card.password());
            assertThat(encoder.matches(card.password(), hash)).isTrue();
        }
        assertThat(classroom.roster(c.id())).hasSize(3);
        assertRefused(() -> classroom.bulkCreateStudents(c.id(), List.of(" ", "")), "names-required");
    }

    @Test
    void twoCardsWithTheSameNameAreRefusedBeforeAnyAccountIsMade() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);

        assertRefused(
                () -> classroom.bulkCreateStudents(c.id(), List.of("Ali", "Maria Lopez", "ali", " maria  lopez")),
                "duplicate-names");
        assertThat(classroom.roster(c.id())).isEmpty();

        classroom.bulkCreateStudents(c.id(), List.of("Maria Lopez"));
        assertRefused(
                () -> classroom.bulkCreateStudents(c.id(), List.of("Jonas Berg", "MARIA LOPEZ")), "names-in-class");
        assertThat(classroom.roster(c.id())).hasSize(1);
    }

    @Test
    void removingAStudentTakesThemOutAndDisablesAnAccountMadeForTheClass() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);
        LoginCard card = classroom.bulkCreateStudents(c.id(), List.of("Maria")).getFirst();
        UserRef selfJoined = users.student("Jonas");
        users.signIn(selfJoined);
        classroom.joinWithCode(c.joinCode());
        users.signIn(teacher);
        long mariaId = classroom.roster(c.id()).stream()
                .filter(r -> r.loginName().equals(card.loginName()))
                .findFirst()
                .orElseThrow()
                .studentId();

        classroom.removeStudent(c.id(), mariaId);
        classroom.removeStudent(c.id(), selfJoined.id());

        assertThat(classroom.roster(c.id())).isEmpty();
        assertThat(enabled(card.loginName())).isFalse();
        assertThat(enabled(selfJoined.loginName())).isTrue();
        assertThatThrownBy(() -> classroom.removeStudent(c.id(), selfJoined.id()))
                .isInstanceOf(NoSuchElementException.class);
        users.signIn(selfJoined);
        assertThat(classroom.myMemberships()).isEmpty();
    }

    @Test
    void aTeacherRenamesTheirClass() {
        users.signIn(teacher);
        SchoolClass c = classroom.createClass("History 9b", BERLIN);

        classroom.rename(c.id(), "History 10b");

        assertThat(classroom.myClasses()).extracting(SchoolClass::name).containsExactly("History 10b");
    }

    private static AssignmentSettings settings(LocalDateTime opens, LocalDateTime due) {
        return new AssignmentSettings(MODULE, "", opens, due, 2, FeedbackTiming.AFTER_SUBMIT, true, false);
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOf(ClassroomException.class)
                .extracting(e -> ((ClassroomException) e).messageKey())
                .isEqualTo("classroom.error." + key);
    }

    private long countUsers() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private boolean enabled(String login) {
        return jdbc.sql("select enabled from app_user where login_name = ?")
                .param(login)
                .query(Boolean.class)
                .single();
    }
}
