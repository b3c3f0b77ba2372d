package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.SessionSignIn;
import app.lectern.account.UserRef;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in right after creating an account (joining a class, sign-up) is a real sign-in: a new session id, the
 * context in the session, the browser's self-study claimed and a fresh learner cookie, as with the login form. A
 * learner's progress follows them to another browser; the form login lands on the role's page.
 */
@LecternSpringTest
class SignInWithoutTheFormTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String PASSWORD = "correct-horse-battery";
    private static final Pattern LEARNER_COOKIE = Pattern.compile(CurrentLearner.COOKIE + "=([0-9a-f-]{36});");

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    SessionSignIn signIn;

    @Autowired
    StudyService study;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private UserRef learnerAccount() {
        return accounts.signUp(
                Role.LEARNER,
                "Lee Learner",
                "l-" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD,
                PASSWORD,
                null);
    }

    @Test
    void aNewAccountIsSignedInWithANewSessionIdItsBrowsersProgressClaimedAndAFreshCookie() {
        UserRef student = accounts.createStudent("Sam Lee", PASSWORD);
        UUID anonymous = UUID.randomUUID();
        study.submit(anonymous, MODULE, "who-says-150", new SingleAnswer("c"));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/join");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        request.setCookies(new Cookie(CurrentLearner.COOKIE, anonymous.toString()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        String before = session.getId();

        UserRef signedIn = signIn.signIn(student.loginName(), PASSWORD);

        assertThat(signedIn.id()).isEqualTo(student.id());
        assertThat(request.getSession().getId()).as("no session fixation").isNotEqualTo(before);
        Object stored =
                request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored).isInstanceOf(SecurityContext.class);
        assertThat(((SecurityContext) stored).getAuthentication().getName()).isEqualTo(student.loginName());
        UUID account = study.accountLearner(student.id());
        assertThat(study.progress(account, MODULE).answers()).containsEntry("who-says-150", new SingleAnswer("c"));
        assertThat(learnerCookie(response)).isNotIn(anonymous, account);
    }

    @Test
    void aLearnersProgressFromOneBrowserAppearsAfterSigningInInAnother() throws Exception {
        UserRef learner = learnerAccount();
        UUID laptop = UUID.randomUUID();
        study.submit(laptop, MODULE, "who-says-150", new SingleAnswer("c"));
        login(learner.loginName(), laptop);

        UUID phone = UUID.randomUUID();
        MockHttpServletResponse onPhone = login(learner.loginName(), phone);

        assertThat(onPhone.getRedirectedUrl()).doesNotContain("error");
        // signed in, the reader uses the account's learner: the phone sees the laptop's answer
        assertThat(study.progress(study.accountLearner(learner.id()), MODULE).answers())
                .containsEntry("who-says-150", new SingleAnswer("c"));
        assertThat(study.progress(phone, MODULE).answers()).isEmpty();
    }

    @Test
    void aFormLoginThatStartedOnNoProtectedPageLandsOnTheWelcomeRoute() throws Exception {
        UserRef learner = learnerAccount();
        assertThat(login(learner.loginName(), UUID.randomUUID()).getRedirectedUrl())
                .endsWith("/welcome");
    }

    private MockHttpServletResponse login(String username, UUID learner) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
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
                return UUID.fromString(m.group(1));
            }
        }
        throw new AssertionError("no new learner cookie in " + cookies);
    }
}
