package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may reset whose password: the class's own teacher a student of that class, an admin anyone but themself; a
 * teacher never a teacher, learner or admin. A reset password is one-time and every reset is logged.
 */
@LecternSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuthenticationManager authentication;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef otherTeacher;
    UserRef student;
    SchoolClass schoolClass;
    SchoolClass otherClass;
    UserRef otherStudent;

    @BeforeEach
    void aClassWithAStudent() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        otherTeacher = users.teacher("Mr Okafor");
        users.signIn(otherTeacher);
        otherClass = classroom.createClass("Civics 10a", ZoneOffset.UTC);
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        student = users.student("Sam Lee");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
        otherStudent = users.student("Jonas Berg");
        users.signIn(otherStudent);
        classroom.joinWithCode(otherClass.joinCode());
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    private boolean logsIn(UserRef user, String password) {
        try {
            return authentication
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.loginName(), password))
                    .isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    @Test
    void theClassesTeacherResetsAStudentToAOneTimePasswordOnANewCardAndItIsLogged(CapturedOutput log) {
        users.signIn(teacher);
        LoginCard card = classroom.resetStudentPassword(schoolClass.id(), student.id());

        assertThat(card.loginName()).isEqualTo(student.loginName());
        assertThat(card.displayName()).isEqualTo("Sam Lee");
        assertThat(logsIn(student, card.password())).isTrue();
        assertThat(logsIn(student, ClassroomTestUsers.PASSWORD))
                .as("the old password stops working")
                .isFalse();
        assertThat(log.getOut())
                .containsPattern("Audit: password of account " + student.id() + " \\(" + student.loginName()
                        + "\\) reset by account " + teacher.id() + " \\(" + teacher.loginName() + "\\)");

        users.signIn(student);
        assertThat(accounts.mustChangePassword()).as("one-time").isTrue();
        accounts.changeOwnPassword(card.password(), "sams-own-phrase", "sams-own-phrase");
        assertThat(accounts.mustChangePassword()).isFalse();
        assertThat(logsIn(student, "sams-own-phrase")).isTrue();
    }

    @Test
    void anotherTeacherCannotResetAStudentOfThisClassNorThroughTheirOwnClass() {
        users.signIn(otherTeacher);
        assertThatThrownBy(() -> classroom.resetStudentPassword(schoolClass.id(), student.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroom.resetStudentPassword(otherClass.id(), student.id()))
                .as("a student who is not in the teacher's class")
                .isInstanceOf(NoSuchElementException.class);
        assertThat(logsIn(student, ClassroomTestUsers.PASSWORD)).isTrue();
    }

    @Test
    void aTeacherNeverResetsATeacherAnAdminOrALearner() {
        UserRef admin = users.teacher("Ada Admin");
        TestAdmins.make(accounts, admin.loginName());
        UserRef learner = accounts.signUp(
                Role.LEARNER,
                "Lee Learner",
                "l-" + UUID.randomUUID().toString().substring(0, 8),
                ClassroomTestUsers.PASSWORD,
                ClassroomTestUsers.PASSWORD,
                null);
        users.signIn(teacher);
        for (UserRef target : new UserRef[] {otherTeacher, admin, learner}) {
            assertThatThrownBy(() -> accounts.resetPassword(target.id()))
                    .as(target.displayName())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(logsIn(target, ClassroomTestUsers.PASSWORD)).isTrue();
        }
    }

    @Test
    void aStudentOrAVisitorResetsNobody() {
        users.signIn(otherStudent);
        assertThatThrownBy(() -> accounts.resetPassword(student.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroom.resetStudentPassword(schoolClass.id(), student.id()))
                .isInstanceOf(AccessDeniedException.class);
        ClassroomTestUsers.signOut();
        assertThatThrownBy(() -> accounts.resetPassword(student.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(logsIn(student, ClassroomTestUsers.PASSWORD)).isTrue();
    }

    @Test
    void anAdminResetsATeacherButNotThemself() {
        UserRef admin = users.teacher("Ada Admin");
        TestAdmins.make(accounts, admin.loginName());
        users.signIn(admin);

        String password = accounts.resetPassword(teacher.id());
        assertThat(logsIn(teacher, password)).isTrue();
        assertThat(logsIn(teacher, ClassroomTestUsers.PASSWORD)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(admin.id())).isInstanceOf(AccessDeniedException.class);

        users.signIn(teacher);
        assertThat(accounts.mustChangePassword()).isTrue();
    }

    @Test
    void aStudentOfALearningPlatformGetsNoPasswordFromTheirTeacherNorAnAdmin(@Autowired LmsClassroom lms) {
        UserRef linked = accounts.createLinked("Olena Koval", Role.STUDENT);
        lms.enrol(schoolClass.id(), linked.id());
        users.signIn(teacher);
        assertThatThrownBy(() -> classroom.resetStudentPassword(schoolClass.id(), linked.id()))
                .isInstanceOfSatisfying(
                        app.lectern.account.AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.linked-no-password"));
        UserRef admin = users.teacher("Ada Admin");
        TestAdmins.make(accounts, admin.loginName());
        users.signIn(admin);
        assertThatThrownBy(() -> accounts.resetPassword(linked.id()))
                .isInstanceOf(app.lectern.account.AccountException.class);
        assertThatThrownBy(() -> accounts.changePassword(linked.id(), "a-new-password-42"))
                .isInstanceOf(app.lectern.account.AccountException.class);
        assertThat(logsIn(linked, "a-new-password-42")).isFalse();
    }
}
