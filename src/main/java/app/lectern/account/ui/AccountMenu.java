package app.lectern.account.ui;

import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The header's account corner: "Log in" for visitors; the user's name and "Log out" once signed in. Logging out
 * ends the session and returns to the library.
 */
public class AccountMenu extends Div {

    /** Creates the menu; it fills itself when attached. */
    public AccountMenu() {
        addClassName("lectern-account");
        // the header is dark; these belong in lectern.css (owned elsewhere) and can move there
        getStyle().set("margin-inline-start", "auto").set("display", "flex").set("align-items", "center");
        getStyle().set("gap", "0.75rem").set("color", "#ffffff");
    }

    private static Anchor link(String path, String text, String id) {
        Anchor a = StaticText.set(new Anchor(path, ""), text);
        a.setId(id);
        a.getStyle().set("color", "#ffffff");
        return a;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        fill();
    }

    /**
     * Rebuilds every account menu of the UI, after a sign-in without a page load (sign-up, joining a class): the
     * header is not rebuilt by a navigation.
     */
    public static void refresh(UI ui) {
        refresh((Component) ui);
    }

    private static void refresh(Component component) {
        if (component instanceof AccountMenu menu) {
            menu.fill();
        } else {
            component.getChildren().forEach(AccountMenu::refresh);
        }
    }

    private void fill() {
        removeAll();
        var instantiator = VaadinService.getCurrent().getInstantiator();
        var user = instantiator.getOrCreate(CurrentUser.class).get();
        if (user.isEmpty()) {
            add(link("join", getTranslation("account.menu.join"), "join-link"));
            if (instantiator.getOrCreate(AccountService.class).signUpMode() != AccountService.SignUpMode.CLOSED) {
                add(link("signup", getTranslation("account.menu.signup"), "header-signup-link"));
            }
            RouterLink login =
                    StaticText.set(new RouterLink("", LoginView.class), getTranslation("account.menu.login"));
            login.setId("login-link");
            login.getStyle().set("color", "#ffffff");
            add(login);
            return;
        }
        // by address, not by class: the account feature does not depend on the classroom's views
        if (user.get().has(Role.TEACHER)) {
            add(link("teach", getTranslation("account.menu.classes"), "classes-link"));
        }
        if (user.get().has(Role.STUDENT)) {
            add(link("assignments", getTranslation("account.menu.assignments"), "assignments-link"));
        }
        if (user.get().has(Role.ADMIN)) {
            add(link("admin/accounts", getTranslation("account.menu.admin-accounts"), "admin-accounts-link"));
            add(link("admin/lti", getTranslation("account.menu.admin-lti"), "admin-lti-link"));
        }
        add(link("my-data", getTranslation("account.menu.my-data"), "my-data-link"));
        // an account of a learning platform has no password to change: it signs in through the platform
        if (instantiator
                .getOrCreate(AccountService.class)
                .hasPassword(user.get().id())) {
            add(link("account/password", getTranslation("account.menu.change-password"), "change-password-link"));
        }
        Span name = StaticText.set(
                new Span(),
                getTranslation("account.menu.signed-in-as", user.get().displayName()));
        name.addClassName("lectern-account-name");
        Button logout = new Button(getTranslation("account.menu.logout"));
        logout.setId("logout-button");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.getStyle().set("color", "#ffffff").set("text-decoration", "underline");
        AuthenticationContext auth = instantiator.getOrCreate(AuthenticationContext.class);
        logout.addClickListener(e -> auth.logout());
        add(name, logout);
    }
}
