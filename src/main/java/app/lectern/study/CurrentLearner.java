package app.lectern.study;

import jakarta.servlet.http.Cookie;
import java.util.Optional;
import java.util.UUID;

/**
 * The anonymous learner of the current request: a random id in a long-lived, HttpOnly cookie that
 * {@link LearnerCookieFilter} sets. It carries no personal data.
 */
public final class CurrentLearner {

    /** The cookie's name. */
    public static final String COOKIE = "lectern_learner";

    /** Request attribute holding an id set in this very request (the browser does not send it back yet). */
    public static final String ATTRIBUTE = CurrentLearner.class.getName();

    private CurrentLearner() {}

    /**
     * The learner id of a request: one set in this very request (held in the request attribute {@link #ATTRIBUTE}),
     * else the one in its cookies, if there is a well-formed one.
     */
    public static Optional<UUID> of(Object attribute, Cookie[] cookies) {
        return attribute instanceof UUID id ? Optional.of(id) : parse(cookies);
    }

    /** The learner id in these cookies, if there is a well-formed one. */
    static Optional<UUID> parse(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                try {
                    return Optional.of(UUID.fromString(c.getValue()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
