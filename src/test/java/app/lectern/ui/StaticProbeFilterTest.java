package app.lectern.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests under {@code /VAADIN} reach Vaadin (and may create a session) and which get an empty 404. */
class StaticProbeFilterTest {

    private final StaticProbeFilter filter = new StaticProbeFilter();

    /** @return whether the request was passed on to Vaadin */
    private boolean passesOn(String method, String path, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() == null) {
            assertThat(response.getStatus()).as(path + "?" + query).isEqualTo(404);
            assertThat(response.getContentAsByteArray()).isEmpty();
            return false;
        }
        return true;
    }

    @Test
    void aVaadinRequestParameterDoesNotOpenAMissingFileToVaadin() throws Exception {
        assertThat(passesOn("GET", "/VAADIN/nope", "v-r=x")).isFalse();
        assertThat(passesOn("GET", "/VAADIN/nope", "v-r=uidl&v-uiId=0")).isFalse();
        assertThat(passesOn("POST", "/VAADIN/nope", "v-r=uidl")).isFalse();
        assertThat(passesOn("GET", "/VAADIN/build/nope.js", "a=1&v-r=init")).isFalse();
        assertThat(passesOn("GET", "/VAADIN", "v-r=heartbeat")).isFalse();
        assertThat(passesOn("GET", "/VAADIN/x", null)).isFalse();
        assertThat(passesOn("GET", "/VAADIN/pushnope", "v-r=push")).isFalse();
    }

    @Test
    void whatVaadinReallySendsStillReachesIt() throws Exception {
        // UIDL, heartbeat, init and translations go to the context root, not under /VAADIN
        assertThat(passesOn("POST", "/", "v-r=uidl&v-uiId=0")).isTrue();
        assertThat(passesOn("POST", "/", "v-r=heartbeat&v-uiId=0")).isTrue();
        assertThat(passesOn("GET", "/modules/x", null)).isTrue();
        // push, downloads and uploads have their own paths under /VAADIN
        assertThat(passesOn("GET", "/VAADIN/push", "v-r=push&v-uiId=0&v-pushId=x"))
                .isTrue();
        assertThat(passesOn("POST", "/VAADIN/dynamic/resource/0/abc/file.csv", null))
                .isTrue();
    }
}
