package app.lectern.ops;

import app.lectern.web.AnonymousSessions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@code lectern_sessions_active{kind="anonymous"|"signed_in"}}: the HTTP sessions open now on the application port.
 * Each holds Vaadin's UI state in memory (an anonymous reader tab about 110 KB, up to 230 KB
 * for a client that runs no script), so this is what the heap follows; the
 * anonymous ones are capped by {@code lectern.sessions.max-anonymous}.
 */
@Component
class SessionMetrics implements HttpSessionListener {

    private final AtomicInteger open = new AtomicInteger();

    SessionMetrics(MeterRegistry registry, AnonymousSessions anonymous) {
        Gauge.builder("lectern.sessions.active", anonymous, AnonymousSessions::count)
                .description("Open HTTP sessions")
                .tag("kind", "anonymous")
                .register(registry);
        // a session counts as anonymous until Spring Security stores its user; the difference may lag by a moment
        Gauge.builder("lectern.sessions.active", this, m -> Math.max(0, m.open.get() - anonymous.count()))
                .description("Open HTTP sessions")
                .tag("kind", "signed_in")
                .register(registry);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }
}
