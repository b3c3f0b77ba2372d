package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests give a browser a learner cookie: pages and Vaadin's requests, never static files or probes. */
class LearnerCookieFilterTest {

    private final LearnerCookieFilter filter = new LearnerCookieFilter(id -> false);

    @Test
    void probesOfVaadinsFolderGetNoLearnerCookie() throws Exception {
        for (String path : List.of("/VAADIN", "/VAADIN/", "/VAADIN/x", "/VAADIN/build/index.js")) {
            assertThat(learnerCookie(path)).as(path).isEmpty();
        }
    }

    @Test
    void pagesGetAnHttpOnlyLearnerCookie() throws Exception {
        for (String path : List.of("/", "/modules/china-russia-ukraine", "/VAADINX")) {
            assertThat(learnerCookie(path))
                    .as(path)
                    .singleElement()
                    .asString()
                    .startsWith(CurrentLearner.COOKIE + "=")
                    .contains("HttpOnly", "SameSite=Lax");
        }
    }

    private List<String> learnerCookie(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(request.getSession(false)).as("a session for " + path).isNull();
        return response.getHeaders("Set-Cookie").stream()
                .filter(c -> c.startsWith(CurrentLearner.COOKIE + "="))
                .toList();
    }
}
