package app.lectern.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.internal.JsonDecodingException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A malformed request is one line of log, not a stack trace; Lectern's own failures keep theirs. */
class MalformedRequestLogTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getTurboFilterList()
                .removeIf(MalformedRequestLog.OneLine.class::isInstance);
    }

    private static <T extends Throwable> T thrownIn(T error, String... classes) {
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "handle", "X.java", 10 + i);
        }
        error.setStackTrace(frames);
        return error;
    }

    private List<ILoggingEvent> events() {
        return appender.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .toList();
    }

    private void assertOneLine(String... fragments) {
        assertThat(events()).hasSize(1);
        ILoggingEvent event = events().getFirst();
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getThrowableProxy()).as("no stack trace").isNull();
        assertThat(event.getFormattedMessage())
                .contains("malformed request from")
                .contains(fragments);
        assertThat(event.getFormattedMessage()).doesNotContain("\n");
    }

    @Test
    void aFailureInsideVaadinOnWhatTheBrowserSentIsOneLine() {
        FriendlyErrors.report(thrownIn(
                new NumberFormatException("For input string: \"abc\""),
                "java.lang.Integer",
                "com.vaadin.flow.server.VaadinService",
                "com.vaadin.flow.server.communication.HeartbeatHandler"));

        assertOneLine("NumberFormatException", "abc", "VaadinService.handle");
    }

    @Test
    void lecternsOwnFailureKeepsItsStackTrace() {
        FriendlyErrors.report(thrownIn(
                new IllegalStateException("bug"),
                "app.lectern.reader.ui.ReaderView",
                "com.vaadin.flow.component.ComponentEventBus"));

        assertThat(events()).hasSize(1);
        assertThat(events().getFirst().getLevel()).isEqualTo(Level.ERROR);
        assertThat(events().getFirst().getThrowableProxy()).isNotNull();
    }

    @Test
    void vaadinsTraceForAnUnreadableUidlBodyBecomesOneLine() {
        new MalformedRequestLog().install();
        JsonDecodingException broken = thrownIn(
                new JsonDecodingException(
                        "Could not parse json content",
                        thrownIn(new IllegalArgumentException("Unexpected end-of-input"), "tools.jackson.Parser")),
                "com.vaadin.flow.internal.JacksonUtils",
                "com.vaadin.flow.server.communication.ServerRpcHandler");

        LoggerFactory.getLogger(MalformedRequestLog.VAADIN_UIDL_LOGGER).error("Error writing JSON to response", broken);

        assertOneLine("unreadable UIDL request", "end-of-input", "JacksonUtils");
    }

    @Test
    void aUiIdThatIsNotANumberIsRefusedWithOneLine() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=heartbeat&v-uiId=abc");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new UiIdFilter().doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("not passed to Vaadin").isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertOneLine("UI id");

        MockHttpServletRequest fine = new MockHttpServletRequest("POST", "/");
        fine.setQueryString("v-r=uidl&v-uiId=12");
        MockFilterChain passed = new MockFilterChain();
        new UiIdFilter().doFilter(fine, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();
    }
}
