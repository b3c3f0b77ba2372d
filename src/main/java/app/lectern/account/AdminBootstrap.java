package app.lectern.account;

import app.lectern.config.LecternProperties;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the login named by {@code lectern.admin} an admin at start-up, if that account existed before the setting
 * first named it; says clearly in the log why not otherwise.
 */
@Component
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String admin;

    AdminBootstrap(AccountService accounts, LecternProperties properties) {
        this.accounts = accounts;
        this.admin = Objects.requireNonNullElse(properties.admin(), "");
    }

    @EventListener(ApplicationReadyEvent.class)
    void grantAdmin() {
        if (admin.isBlank()) {
            return;
        }
        String login = AccountService.normalizeLogin(admin);
        switch (accounts.grantConfiguredAdmin(admin)) {
            case GRANTED -> LOG.info("Account '{}' is an admin (lectern.admin)", login);
            case NO_ACCOUNT ->
                LOG.warn(
                        "lectern.admin: no account '{}' yet, and one signed up from now on will not become admin"
                                + " (anyone could take the name first). Sign up under a login name of your own,"
                                + " then restart with --lectern.admin=<that name>.",
                        login);
            case SIGNED_UP_AFTER_SETTING ->
                LOG.warn(
                        "lectern.admin: account '{}' was signed up after the setting first named it, so it may be"
                                + " anyone's: not made admin. Sign up under another login name, then restart with"
                                + " --lectern.admin=<that name>.",
                        login);
        }
    }
}
