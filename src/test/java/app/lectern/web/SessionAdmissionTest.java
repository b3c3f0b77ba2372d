package app.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.config.LecternProperties;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Anonymous sessions are bounded; signed-in users and open sessions carry on; oversized Vaadin bodies are refused. */
class SessionAdmissionTest {

    private final AnonymousSessions sessions = new AnonymousSessions(
            new Binder(new MapConfigurationPropertySource(
                            Map.of("lectern.sessions.max-anonymous", "2", "lectern.sessions.anonymous-timeout", "20m")))
                    .bindOrCreate("lectern", LecternProperties.class),
            Duration.ofMinutes(60));
    private final SessionAdmission filter = new SessionAdmission(sessions, 512 * 1024);

    private MockHttpSession open() {
        MockHttpSession session = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private record Outcome(boolean admitted, MockHttpServletResponse response, MockHttpServletRequest request) {}

    private Outcome send(String method, String path, String query, MockHttpSession session)
            throws java.io.IOException, jakarta.servlet.ServletException {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        if (session != null) {
            request.setSession(session);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Outcome(chain.getRequest() != null, response, request);
    }

    @Test
    void onceTheAnonymousSessionsAreFullANewVisitorGetsTheBusyPageAndNoSession() throws Exception {
        assertThat(send("GET", "/", null, null).admitted()).isTrue();
        MockHttpSession first = open();
        open();

        Outcome refused = send("GET", "/modules/x", null, null);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(503);
        assertThat(refused.response().getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.response().getContentAsString()).contains("busy", "try again in a minute");
        assertThat(refused.request().getSession(false)).as("no session created").isNull();
        assertThat(send("POST", "/", "v-r=uidl&v-uiId=0", null).admitted()).isFalse();

        // open sessions carry on, static files need none
        assertThat(send("POST", "/", "v-r=uidl&v-uiId=0", first).admitted()).isTrue();
        assertThat(send("GET", "/VAADIN/build/indexhtml-x.js", null, null).admitted())
                .isTrue();
        assertThat(send("GET", "/lectern/styles/lectern.css", null, null).admitted())
                .isTrue();
    }

    @Test
    void aSignedInSessionNoLongerCountsAndKeepsTheLongerTimeout() throws Exception {
        MockHttpSession student = open();
        open();
        assertThat(student.getMaxInactiveInterval()).isEqualTo(20 * 60);
        assertThat(send("GET", "/", null, null).admitted()).isFalse();

        student.setAttribute(AnonymousSessions.SECURITY_CONTEXT, "signed in");
        sessions.attributeAdded(new HttpSessionBindingEvent(student, AnonymousSessions.SECURITY_CONTEXT, "signed in"));

        assertThat(student.getMaxInactiveInterval()).isEqualTo(60 * 60);
        assertThat(sessions.count()).isEqualTo(1);
        assertThat(send("GET", "/", null, null).admitted()).isTrue();
    }

    @Test
    void parallelFirstRequestsCannotTogetherPassTheLimit() throws Exception {
        open();
        AtomicBoolean secondAdmitted = new AtomicBoolean(true);
        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/");
        // while the first visitor's request is still on its way to a session, a second one arrives
        filter.doFilter(
                first,
                new MockHttpServletResponse(),
                (request, response) ->
                        secondAdmitted.set(send("GET", "/", null, null).admitted()));

        assertThat(secondAdmitted)
                .as("second visitor admitted while the last slot was taken")
                .isFalse();
        assertThat(send("GET", "/", null, null).admitted())
                .as("the first request made no session: its slot is free again")
                .isTrue();
    }

    @Test
    void anEndedAnonymousSessionMakesRoomAgain() throws Exception {
        open();
        MockHttpSession second = open();
        assertThat(send("GET", "/", null, null).admitted()).isFalse();

        sessions.sessionDestroyed(new HttpSessionEvent(second));

        assertThat(send("GET", "/", null, null).admitted()).isTrue();
    }

    @Test
    void aVaadinRequestDeclaringAnOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        MockHttpSession session = open();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setSession(session);
        request.setContent(new byte[512 * 1024 + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
    }
}
