package app.lectern.web;

import app.lectern.config.LecternProperties;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts the open sessions without a signed-in user. A session is anonymous from its start until Spring Security
 * stores a signed-in user in it; an anonymous session may be idle for {@code lectern.sessions.anonymous-timeout},
 * a signed-in one for {@code server.servlet.session.timeout}.
 */
@Component
public class AnonymousSessions implements HttpSessionListener, HttpSessionAttributeListener, HttpSessionIdListener {

    /** Where Spring Security keeps the signed-in user in the session. */
    static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    private final Set<String> anonymous = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private final LecternProperties.Sessions limits;
    private final Duration signedInTimeout;

    AnonymousSessions(
            LecternProperties properties, @Value("${server.servlet.session.timeout:30m}") Duration signedInTimeout) {
        this.limits = properties.sessions();
        this.signedInTimeout = signedInTimeout;
    }

    /**
     * Reserves room for the session a request without one may open; {@link #release()} when the request is done
     * (its session, if any, then counts). Parallel first requests cannot all pass a check made before any of them
     * had its session: without the reservation, 120 parallel page loads opened 60 sessions against a limit of 40.
     *
     * @return whether another anonymous session may be opened
     */
    public boolean reserve() {
        while (true) {
            int now = pending.get();
            if (anonymous.size() + now >= limits.maxAnonymous()) {
                return false;
            }
            if (pending.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Ends a {@link #reserve()}. */
    public void release() {
        pending.decrementAndGet();
    }

    /** @return how many anonymous sessions are open */
    public int count() {
        return anonymous.size();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(SECURITY_CONTEXT) == null) {
            anonymous.add(session.getId());
            session.setMaxInactiveInterval(seconds(limits.anonymousTimeout()));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        anonymous.remove(event.getSession().getId());
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())
                && anonymous.remove(event.getSession().getId())) {
            event.getSession().setMaxInactiveInterval(seconds(signedInTimeout));
        }
    }

    /** Login gives the session a new id (session fixation protection); the set follows it. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldId) {
        if (anonymous.remove(oldId)) {
            anonymous.add(event.getSession().getId());
        }
    }

    private static int seconds(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toSeconds());
    }
}
