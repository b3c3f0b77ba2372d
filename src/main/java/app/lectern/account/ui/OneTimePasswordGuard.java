package app.lectern.account.ui;

import app.lectern.account.AccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Someone who signed in with a one-time password (a teacher's or an admin's reset) chooses their own before going
 * anywhere else: every page leads to {@link ChangePasswordView} until they have. Logging out stays possible (it is a
 * header button, not a page), and the change page asks only for what they just typed, so nobody is locked out.
 */
@Component
class OneTimePasswordGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    OneTimePasswordGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::guard));
    }

    void guard(BeforeEnterEvent event) {
        if (!ChangePasswordView.class.equals(event.getNavigationTarget()) && accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
