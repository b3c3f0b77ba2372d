package app.lectern.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.testsupport.LecternSpringTest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: a page on another site can post the login form with the attacker's own name and password, and the
 * victim's browser would be signed in to the attacker's account (and what the victim then answers would be the
 * attacker's to read). The form post must carry the page's CSRF token.
 */
@LecternSpringTest
class LoginCsrfTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    private MockMvc mvc;
    private UserRef student;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        student = accounts.createStudent("Csrf Tester", PASSWORD);
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        MvcResult result =
                mvc.perform(login().header("Origin", "https://evil.example")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertNotSignedIn(result);
    }

    @Test
    void aLoginWithAWrongCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        MvcResult result = mvc.perform(login().with(csrf().useInvalidToken())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertNotSignedIn(result);
    }

    @Test
    void aLoginWithTheTokenAsTheLoginFormSendsItSignsIn() throws Exception {
        // the token as a form field named "_csrf", as vaadin-login-form copies it from <meta name="_csrf">
        MvcResult result = mvc.perform(login().with(csrf())).andReturn();

        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        HttpSession session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
    }

    @Test
    void vaadinsOwnRequestsStillNeedNoSpringToken() throws Exception {
        // Vaadin's UIDL requests carry Vaadin's own token in the payload; Spring's filter must let them through.
        // MockMvc cannot run Vaadin's servlet: reaching the forward to it means the security filters passed it on.
        try {
            int status = mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isNotEqualTo(403);
        } catch (ServletException reachedVaadin) {
            assertThat(reachedVaadin).hasMessageContaining("springServlet");
        }
    }

    private MockHttpServletRequestBuilder login() {
        return post("/login").param("username", student.loginName()).param("password", PASSWORD);
    }

    private static void assertNotSignedIn(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        if (session != null) {
            assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                    .as("no authenticated session")
                    .isNull();
        }
    }
}
