package app.lectern.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a request to the application only when the server can afford it, before Spring Security or Vaadin could
 * open a session for it:
 *
 * <ul>
 *   <li>A Vaadin request ({@code v-r=}) that declares a body over {@code vaadin.maxRequestBodySize} is refused with
 *       413 before a byte of it is read (Vaadin itself would read it up to the limit first).
 *   <li>A visitor without a session, once {@code lectern.sessions.max-anonymous} anonymous sessions are open, gets a
 *       503 "the server is busy" page and no session. Requests with a session (signed in or not) carry on; static
 *       files need no session and are served as always.
 * </ul>
 *
 * Both refusals close the connection without reading the body (Tomcat drops the connection after a 413 or 503 and,
 * with a small {@code server.tomcat.max-swallow-size}, does not wait for the rest), so a slow sender holds no thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionAdmission extends OncePerRequestFilter {

    static final String BUSY_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
            + "<title>Lectern is busy</title></head><body><main><h1>The server is busy</h1>"
            + "<p>Too many visitors at once. Please try again in a minute.</p></main></body></html>";

    private final AnonymousSessions sessions;
    private final long maxBody;

    SessionAdmission(AnonymousSessions sessions, @Value("${vaadin.maxRequestBodySize:10485760}") long maxBody) {
        this.sessions = sessions;
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean vaadinRequest = isVaadinRequest(request);
        if (vaadinRequest && maxBody >= 0 && request.getContentLengthLong() > maxBody) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentLength(0);
            return;
        }
        if (request.getSession(false) != null || (!vaadinRequest && isStaticFile(request))) {
            chain.doFilter(request, response);
        } else if (sessions.reserve()) {
            try {
                chain.doFilter(request, response);
            } finally {
                sessions.release();
            }
        } else {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "60");
            response.setHeader("Connection", "close");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            byte[] page = BUSY_PAGE.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }

    private static boolean isVaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    /** A file (its last path segment has an extension) or the frontend bundle: neither needs a session. */
    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/push") && !path.startsWith("/VAADIN/dynamic/"))
                || path.lastIndexOf('.') > path.lastIndexOf('/');
    }
}
