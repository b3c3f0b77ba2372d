package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A real form login through Spring Security's filter chain claims the browser's self-study progress. */
@LecternSpringTest
class ClaimOnSignInTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String PASSWORD = "correct-horse-battery";
    private static final Pattern LEARNER_COOKIE = Pattern.compile(CurrentLearner.COOKIE + "=([0-9a-f-]{36});");

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    StudyService study;

    private MockMvc mvc;
    private UserRef student;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        student = accounts.createStudent("Sign-in Tester", PASSWORD);
    }

    @Test
    void signingInClaimsTheBrowsersProgressAndGivesTheBrowserAFreshLearner() throws Exception {
        UUID anonymous = UUID.randomUUID();
        study.submit(anonymous, MODULE, "who-says-150", new SingleAnswer("c"));

        MockHttpServletResponse response = login(student.loginName(), PASSWORD, anonymous);

        assertThat(response.getStatus())
                .as("redirected after a successful login")
                .isBetween(300, 399);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        UUID account = study.accountLearner(student.id());
        assertThat(account).isEqualTo(anonymous);
        assertThat(study.progress(account, MODULE).answers()).containsEntry("who-says-150", new SingleAnswer("c"));
        UUID fresh = learnerCookie(response);
        assertThat(fresh)
                .as("after logout the browser is a new anonymous learner, not the account")
                .isNotEqualTo(anonymous);
        assertThat(study.progress(fresh, MODULE).answers()).isEmpty();
    }

    @Test
    void aWrongPasswordClaimsNothingAndKeepsTheCookie() throws Exception {
        UUID anonymous = UUID.randomUUID();
        study.submit(anonymous, MODULE, "who-says-150", new SingleAnswer("c"));

        MockHttpServletResponse response = login(student.loginName(), "not-the-password", anonymous);

        assertThat(response.getRedirectedUrl()).contains("error");
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith(CurrentLearner.COOKIE + "="));
        assertThat(study.accountLearner(student.id())).isNotEqualTo(anonymous);
    }

    private MockHttpServletResponse login(String username, String password, UUID learner) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .cookie(new Cookie(CurrentLearner.COOKIE, learner.toString()))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private static UUID learnerCookie(MockHttpServletResponse response) {
        List<String> cookies = response.getHeaders("Set-Cookie");
        for (String cookie : cookies) {
            Matcher m = LEARNER_COOKIE.matcher(cookie);
            if (m.lookingAt()) {
                assertThat(cookie).contains("HttpOnly");
                return UUID.fromString(m.group(1));
            }
        }
        throw new AssertionError("no new learner cookie in " + cookies);
    }
}
