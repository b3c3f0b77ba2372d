package app.lectern.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.PostConstruct;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A request the browser could not have sent (a broken UIDL body, an unknown node, a non-numeric UI id) is logged as
 * one line: what was wrong and from which address. Vaadin logs such a request with a stack trace of about 16 KB, so
 * anyone could fill the disk with a loop of junk requests; the trace says nothing about Lectern, and is still there
 * at DEBUG level of this logger for whoever needs it.
 */
@Component
class MalformedRequestLog {

    static final Logger LOG = LoggerFactory.getLogger(MalformedRequestLog.class);

    /** Vaadin's logger for UIDL requests, which logs an unparsable body with its stack trace at ERROR. */
    static final String VAADIN_UIDL_LOGGER = "com.vaadin.flow.server.communication.UidlRequestHandler";

    private static final int MAX_MESSAGE = 200;

    /** Installs {@link #VAADIN_UIDL_LOGGER}'s one-line replacement when Logback is the logging backend. */
    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(OneLine.class::isInstance)) {
            context.addTurboFilter(new OneLine());
        }
    }

    /**
     * Whether a failure comes from Vaadin's handling of what a browser sent, not from Lectern's code: no frame of
     * the throwable or its causes is Lectern's.
     */
    static boolean isMalformedRequest(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("app.lectern."))) {
                return false;
            }
        }
        return true;
    }

    /** Logs one line for a malformed request (and the trace at DEBUG). */
    static void refused(String what, Throwable error) {
        LOG.warn("malformed request from {}: {}: {}{}", remoteAddress(), what, summary(error), origin(error));
        LOG.debug("malformed request", error);
    }

    private static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).replaceAll("\\s+", " ");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return root.getClass().getSimpleName() + " " + message;
    }

    private static String origin(Throwable error) {
        return Arrays.stream(error.getStackTrace())
                .filter(f -> f.getClassName().startsWith("com.vaadin."))
                .findFirst()
                .map(f -> " (in " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                        + f.getMethodName() + ")")
                .orElse("");
    }

    private static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "an unknown address" : request.getRemoteAddr();
    }

    /** Turns Vaadin's ERROR-with-trace for an unparsable UIDL body into {@link #refused}'s one line. */
    static final class OneLine extends TurboFilter {

        @Override
        public FilterReply decide(
                Marker marker,
                ch.qos.logback.classic.Logger logger,
                Level level,
                String format,
                Object[] params,
                Throwable error) {
            if (error != null && logger.getName().equals(VAADIN_UIDL_LOGGER) && isMalformedRequest(error)) {
                refused("unreadable UIDL request", error);
                return FilterReply.DENY;
            }
            return FilterReply.NEUTRAL;
        }
    }
}
