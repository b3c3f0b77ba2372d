package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.testsupport.LecternSpringTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-up says "already taken" for a student's login name (finding 11 keeps that), but probing names is slowed
 * down per address like any sign-up. Same configuration as {@code ClassroomThrottleTest}, so the same context.
 */
@LecternSpringTest
@TestPropertySource(properties = "lectern.throttle.enabled=true")
class SignUpProbeThrottleTest {

    @Autowired
    AccountService accounts;

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private String probe(String login) {
        try {
            accounts.signUpTeacher("Prober", login, "a-long-secret-phrase", "");
            return "signed up";
        } catch (AccountException e) {
            return e.messageKey();
        }
    }

    @Test
    void probingStudentLoginNamesThroughSignUpIsThrottledPerAddress() {
        String student =
                accounts.createStudent("Maria Lopez", "maria-owl-lemon-42").loginName();
        // addresses no other test of the shared context uses (a clean-clone run drew one ClassroomThrottleTest had
        // used)
        String prober = "2001:db8:11:1::"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
        from(prober);
        for (int i = 0; i < 10; i++) {
            assertThat(probe(student)).isEqualTo("account.error.login-taken");
        }

        assertThat(probe(student)).isEqualTo("account.error.signup-throttled");
        assertThat(probe("nobody-has-this-name")).isEqualTo("account.error.signup-throttled");

        // the limit is the prober's own: another address may still sign up
        from("2001:db8:11:2::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)));
        assertThat(probe(student)).isEqualTo("account.error.login-taken");
    }
}
