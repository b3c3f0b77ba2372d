package app.lectern.study;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser a random, long-lived, HttpOnly learner id, so self-study progress survives reloads and
 * restarts without an account. The id is the only thing stored about an anonymous learner.
 */
@Component
class LearnerCookieFilter extends OncePerRequestFilter {

    static final Duration MAX_AGE = Duration.ofDays(400);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CurrentLearner.parse(request.getCookies()).isEmpty() && wantsCookie(request)) {
            UUID id = UUID.randomUUID();
            request.setAttribute(CurrentLearner.ATTRIBUTE, id);
            response.addHeader("Set-Cookie", cookie(id, request.isSecure()));
        }
        chain.doFilter(request, response);
    }

    /** The {@code Set-Cookie} value that gives the browser this learner id. */
    static String cookie(UUID id, boolean secure) {
        return ResponseCookie.from(CurrentLearner.COOKIE, id.toString())
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .path("/")
                .maxAge(MAX_AGE)
                .build()
                .toString();
    }

    /**
     * Static files need no learner; pages and Vaadin's requests do. {@code /VAADIN} itself is a probe, not a page.
     */
    private static boolean wantsCookie(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/VAADIN")
                || path.startsWith("/VAADIN/")
                || path.startsWith("/images/")
                || path.endsWith(".css")
                || path.endsWith(".js")
                || path.endsWith(".png")
                || path.endsWith(".ico")
                || path.endsWith(".svg")
                || path.endsWith(".webmanifest"));
    }
}
