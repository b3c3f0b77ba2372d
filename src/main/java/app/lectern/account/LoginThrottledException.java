package app.lectern.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login attempt refused before checking the password, because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    LoginThrottledException(Duration retryAfter) {
        super("too many attempts");
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** Seconds until the next attempt is allowed. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
