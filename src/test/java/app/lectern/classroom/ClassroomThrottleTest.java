package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountException;
import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Guessing join codes and mass sign-ups from one address are slowed down, through the real services. */
@LecternSpringTest
@TestPropertySource(properties = "lectern.throttle.enabled=true")
class ClassroomThrottleTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (ClassroomException e) {
            return e.messageKey();
        } catch (AccountException e) {
            return e.messageKey();
        }
    }

    @Test
    void twentyWrongCodesFromOneAddressThenEvenTheRightCodeMustWait() {
        from("192.0.2.1");
        UserRef teacher = new ClassroomTestUsers(accounts, userDetails).teacher("Ms Rivera");
        new ClassroomTestUsers(accounts, userDetails).signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        ClassroomTestUsers.signOut();

        from("203.0.113.7");
        for (int i = 0; i < 20; i++) {
            String guess = "GUESS" + (100 + i);
            assertThat(refusal(() -> classroom.joinAsNewStudent(guess, "Mallory", "a-long-password")))
                    .isEqualTo("classroom.error.code-unknown");
        }
        ClassroomException wait = (ClassroomException) org.assertj.core.api.Assertions.catchThrowable(
                () -> classroom.joinAsNewStudent(schoolClass.joinCode(), "Mallory", "a-long-password"));
        assertThat(wait.messageKey()).isEqualTo("classroom.error.join-throttled");
        assertThat(wait.args()).containsExactly(30L);

        // a classmate on another network is not affected
        from("198.51.100.20");
        assertThat(classroom
                        .joinAsNewStudent(schoolClass.joinCode(), "Maria", "a-long-password")
                        .displayName())
                .isEqualTo("Maria");
    }

    @Test
    void tenTeacherSignUpsFromOneAddressThenAWait() {
        from("203.0.113.8");
        for (int i = 0; i < 10; i++) {
            accounts.signUpTeacher("Teacher " + i, "mass-" + i, "correct horse 1", null);
        }
        assertThatThrownBy(() -> accounts.signUpTeacher("One more", "mass-10", "correct horse 1", null))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).messageKey())
                .isEqualTo("account.error.signup-throttled");

        from("198.51.100.21");
        assertThat(accounts.signUpTeacher("Elsewhere", "elsewhere", "correct horse 1", null)
                        .loginName())
                .isEqualTo("elsewhere");
    }
}
