package app.lectern.study;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser a random, long-lived, HttpOnly learner id, so self-study progress survives reloads and
 * restarts without an account. The id is the only thing stored about an anonymous learner.
 *
 * <p>A cookie whose id was claimed by or merged into an account is treated as no cookie: the browser gets a fresh
 * id. Otherwise a value planted on a shared computer before a student signs in would, afterwards, read and write
 * that student's self-study anonymously.
 */
@Component
class LearnerCookieFilter extends OncePerRequestFilter {

    static final Duration MAX_AGE = Duration.ofDays(400);

    private final Predicate<UUID> claimed;

    @Autowired
    LearnerCookieFilter(LearnerClaims claims) {
        this(claims::claimed);
    }

    /** @param claimed whether a learner id belongs to an account or was merged into one */
    LearnerCookieFilter(Predicate<UUID> claimed) {
        this.claimed = claimed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (wantsCookie(request)
                && CurrentLearner.parse(request.getCookies())
                        .filter(id -> !claimed.test(id))
                        .isEmpty()) {
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
