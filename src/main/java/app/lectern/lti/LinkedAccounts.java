package app.lectern.lti;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lectern accounts of platform users: one per registration and subject ({@code sub}), made at the first launch
 * (or roster sync), with no password. The same person on another platform (or registration) is another account.
 */
@Service
public class LinkedAccounts {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;

    LinkedAccounts(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account linked to this platform user, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UserRef> find(long registrationId, String subject) {
        return jdbc.sql("select user_id from lti_account where registration_id = ? and subject = ?")
                .params(registrationId, subject)
                .query(Long.class)
                .optional()
                .flatMap(accounts::find);
    }

    /**
     * The account linked to this platform user, made (or given the role) as needed.
     *
     * @param name the platform's name for them (cut and cleaned; a neutral one when unusable)
     * @param role {@link Role#TEACHER} or {@link Role#STUDENT}
     */
    @Transactional
    public UserRef findOrCreate(long registrationId, String subject, String name, Role role) {
        if (subject == null || subject.isEmpty() || subject.length() > LaunchClaims.MAX_ID) {
            throw new LtiException("lti.launch.error.subject", LaunchClaims.MAX_ID);
        }
        Optional<UserRef> existing = find(registrationId, subject);
        if (existing.isPresent()) {
            return existing.get().has(role)
                    ? existing.get()
                    : accounts.addLinkedRole(existing.get().id(), role);
        }
        UserRef user = accounts.createLinked(name, role);
        jdbc.sql("insert into lti_account (registration_id, subject, user_id, created_at) values (?, ?, ?, ?)")
                .params(registrationId, subject, user.id(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return user;
    }
}
