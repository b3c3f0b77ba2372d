package app.lectern.account.ui;

import app.lectern.account.AccountService;
import app.lectern.account.AccountService.SignUpMode;
import app.lectern.account.CurrentUser;
import app.lectern.account.LoginThrottledException;
import app.lectern.ui.MainLayout;
import app.lectern.ui.VaadinTexts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.security.web.WebAttributes;

/**
 * The login page. Spring Security processes the form; a failed attempt comes back here with {@code ?error},
 * and a throttled one says how long to wait.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Longer than any login name (sign-up allows 64 characters). */
    static final int MAX_USERNAME = 64;

    private final LoginForm form = new LoginForm();
    private final Paragraph status = new Paragraph();
    private final CurrentUser currentUser;

    /** Builds the page. */
    public LoginView(AccountService accounts, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("lectern-page");
        addClassName("lectern-login");
        add(new H1(getTranslation("account.login.heading")));

        status.setId("login-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(status);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("account.login.error.message")));
        add(form);
        VaadinTexts.password(form);

        if (accounts.signUpMode() != SignUpMode.CLOSED) {
            RouterLink signUp = new RouterLink(getTranslation("account.login.signup-link"), SignUpView.class);
            signUp.setId("signup-link");
            add(new Paragraph(signUp));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            form.setI18n(i18n(errorMessage()));
            form.setError(true);
        }
        // login cards link to ?user=; ?username= is what earlier cards and links carry
        prefill(params.getOrDefault("user", params.getOrDefault("username", List.of())).stream()
                .findFirst()
                .orElse(null));
        if (params.containsKey("created")) {
            status.setText(getTranslation("account.login.created"));
            status.setVisible(true);
        }
    }

    /**
     * A login card links to {@code /login?user=<login>} (or the older {@code ?username=}): the name is typed in already and the password field has
     * the focus. The value only ever becomes the text of the username field (passed to the browser as a parameter,
     * never as script or markup); anything no login name could be is ignored.
     */
    private void prefill(String raw) {
        String username = prefilledUsername(raw);
        if (username == null) {
            return;
        }
        form.getElement().setAttribute("no-autofocus", true);
        // the fields are rendered by the web component after attach; wait for them (a few frames at most)
        form.getElement().executeJs("""
                        const host = this, username = $0;
                        let frames = 0;
                        const fill = () => {
                          const user = host.querySelector('vaadin-text-field[name="username"]');
                          const password = host.querySelector('vaadin-password-field[name="password"]');
                          if (!user || !password) {
                            if (frames++ < 100) requestAnimationFrame(fill);
                            return;
                          }
                          user.value = username;
                          password.focus();
                        };
                        fill();
                        """, username);
    }

    /**
     * The login name to type in for a {@code ?username=} parameter: trimmed, or {@code null} if there is none or it
     * cannot be a login name (control characters, longer than {@value #MAX_USERNAME} characters).
     */
    static String prefilledUsername(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty()
                || value.length() > MAX_USERNAME
                || value.codePoints().anyMatch(Character::isISOControl)) {
            return null;
        }
        return value;
    }

    private String errorMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        Object error = wrapped == null ? null : wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error instanceof LoginThrottledException throttled) {
            return getTranslation("account.login.error.throttled", throttled.retryAfterSeconds());
        }
        return getTranslation("account.login.error.message");
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("account.login.form-title"));
        f.setUsername(getTranslation("account.login.username"));
        f.setPassword(getTranslation("account.login.password"));
        f.setSubmit(getTranslation("account.login.submit"));
        LoginI18n.ErrorMessage e = i18n.getErrorMessage();
        e.setTitle(getTranslation("account.login.error.title"));
        e.setMessage(errorMessage);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("account.login.heading"));
    }
}
