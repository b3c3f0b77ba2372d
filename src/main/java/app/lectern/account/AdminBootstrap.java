package app.lectern.account;

import app.lectern.config.LecternProperties;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes the login named by {@code lectern.admin} an admin at startup, if that account exists. */
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
        if (accounts.makeAdmin(admin)) {
            LOG.info("Account '{}' is an admin (lectern.admin)", AccountService.normalizeLogin(admin));
        } else {
            LOG.warn("lectern.admin names '{}', but there is no such account", admin);
        }
    }
}
