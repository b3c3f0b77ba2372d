package app.lectern.lti;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state and nonce of OIDC logins in progress: random (256 bits each), kept server-side, used at most once and
 * only within {@link #LIFETIME}. Old rows are removed as new logins start.
 */
@Component
class LoginStates {

    /** How long a login may take from Lectern's redirect to the platform's post back. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new login's state and nonce. */
    record Started(String state, String nonce) {}

    /** The nonce and registration of a state that was just used up. */
    record Used(long registrationId, String nonce) {}

    @Transactional
    Started start(long registrationId) {
        Instant now = clock.instant();
        jdbc.sql("delete from lti_login_state where created_at < ?")
                .param(utc(now.minus(Duration.ofDays(1))))
                .update();
        Started started = new Started(token(), token());
        jdbc.sql("insert into lti_login_state (state, nonce, registration_id, created_at) values (?, ?, ?, ?)")
                .params(started.state(), started.nonce(), registrationId, utc(now))
                .update();
        return started;
    }

    /**
     * Uses the state up: it must exist, be unused and unexpired.
     *
     * @throws LtiException {@code lti.launch.error.state} otherwise
     */
    // its own transaction: a state is used up even when a later check refuses the launch
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Used use(String state) {
        if (state == null || state.length() > 64) {
            throw new LtiException("lti.launch.error.state");
        }
        Instant now = clock.instant();
        int updated = jdbc.sql("update lti_login_state set used_at = ? where state = ? and used_at is null"
                        + " and created_at > ?")
                .params(utc(now), state, utc(now.minus(LIFETIME)))
                .update();
        if (updated != 1) {
            throw new LtiException("lti.launch.error.state");
        }
        return jdbc.sql("select registration_id, nonce from lti_login_state where state = ?")
                .param(state)
                .query((rs, n) -> new Used(rs.getLong(1), rs.getString(2)))
                .single();
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
