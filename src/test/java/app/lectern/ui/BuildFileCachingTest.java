package app.lectern.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BuildFileCachingTest {

    private final BuildFileCaching filter = new BuildFileCaching();

    /** Serves a request the way Vaadin's static file server does: one hour of caching. */
    private MockHttpServletResponse serve(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(
                request,
                response,
                (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", "max-age=3600"));
        return response;
    }

    @Test
    void aBuildFileWithAContentHashIsKeptForAYear() throws Exception {
        assertThat(serve("/VAADIN/build/FlowClient-XDkeHcOw.js").getHeader("Cache-Control"))
                .isEqualTo(BuildFileCaching.IMMUTABLE);
        assertThat(serve("/VAADIN/build/indexhtml-BNp73Egs.js").getHeader("Cache-Control"))
                .isEqualTo(BuildFileCaching.IMMUTABLE);
    }

    @Test
    void filesWhoseNameDoesNotChangeWithTheirContentKeepVaadinsHeader() throws Exception {
        assertThat(serve("/VAADIN/build/sw.js").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(serve("/lectern/lectern-highlight.js").getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
        assertThat(serve("/modules/china-russia-ukraine").getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
    }
}
