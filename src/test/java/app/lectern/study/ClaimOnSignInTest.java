package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.question.numeric.NumericAnswer;
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
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

    @Autowired
    LearnerCookieFilter cookieFilter;

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
        assertThat(account)
                .as("the account's learner is a fresh id, never the cookie's, which others may know")
                .isNotEqualTo(anonymous);
        assertThat(study.progress(account, MODULE).answers()).containsEntry("who-says-150", new SingleAnswer("c"));
        UUID fresh = learnerCookie(response);
        assertThat(fresh)
                .as("after logout the browser is a new anonymous learner, not the account")
                .isNotEqualTo(anonymous);
        assertThat(study.progress(fresh, MODULE).answers()).isEmpty();
    }

    /**
     * Fixation: someone plants a learner cookie on a shared computer, a student signs in there, and the planter's
     * browser, still sending that cookie, must neither read nor write the student's self-study.
     */
    @Test
    void aLearnerCookiePlantedBeforeASignInIsNeverHonouredAfterIt() throws Exception {
        UUID planted = UUID.randomUUID();
        study.visit(planted, MODULE, "kyiv-accuses");
        login(student.loginName(), PASSWORD, planted);
        UUID account = study.accountLearner(student.id());
        study.submit(account, MODULE, "captured-count", new NumericAnswer(2.0));

        // the planter's next request with the old cookie: treated as no cookie, a fresh anonymous learner
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/module/" + MODULE);
        request.setCookies(new Cookie(CurrentLearner.COOKIE, planted.toString()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        cookieFilter.doFilter(request, response, new MockFilterChain());

        UUID fresh = learnerCookie(response);
        assertThat(fresh).isNotIn(planted, account);
        assertThat(CurrentLearner.of(request.getAttribute(CurrentLearner.ATTRIBUTE), request.getCookies()))
                .contains(fresh);
        assertThat(study.progress(fresh, MODULE).answers()).isEmpty();
        assertThat(study.progress(planted, MODULE).answers())
                .as("nothing of the account is reachable through the planted id")
                .isEmpty();

        // an anonymous learner nobody claimed keeps its cookie
        UUID unclaimed = UUID.randomUUID();
        study.visit(unclaimed, MODULE, "kyiv-accuses");
        MockHttpServletRequest again = new MockHttpServletRequest("GET", "/module/" + MODULE);
        again.setCookies(new Cookie(CurrentLearner.COOKIE, unclaimed.toString()));
        MockHttpServletResponse kept = new MockHttpServletResponse();
        cookieFilter.doFilter(again, kept, new MockFilterChain());
        assertThat(kept.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith(CurrentLearner.COOKIE + "="));
    }

    @Test
    void signingOutGivesTheBrowserAFreshLearnerToo() throws Exception {
        UUID anonymous = UUID.randomUUID();
        MvcResult login = mvc.perform(post("/login")
                        .param("username", student.loginName())
                        .param("password", PASSWORD)
                        .cookie(new Cookie(CurrentLearner.COOKIE, anonymous.toString()))
                        .with(csrf()))
                .andReturn();
        UUID afterLogin = learnerCookie(login.getResponse());

        MockHttpServletResponse logout = mvc.perform(post("/logout")
                        .session((MockHttpSession) login.getRequest().getSession())
                        .cookie(new Cookie(CurrentLearner.COOKIE, afterLogin.toString()))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(learnerCookie(logout)).isNotIn(anonymous, afterLogin);
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
