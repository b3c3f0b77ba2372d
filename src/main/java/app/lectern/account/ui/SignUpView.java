package app.lectern.account.ui;

import app.lectern.account.AccountException;
import app.lectern.account.AccountService;
import app.lectern.account.AccountService.SignUpMode;
import app.lectern.account.Role;
import app.lectern.account.SessionSignIn;
import app.lectern.ui.MainLayout;
import app.lectern.ui.VaadinTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-up of a teacher or of a self-study learner (an adult studying on their own, no e-mail needed): the kind of
 * account, display name, login name, password twice, and an invite code when sign-up is invite-only. Every problem
 * is shown at once, each on its field (Vaadin links it to the input for screen readers); a new account is signed
 * in at once. {@code /signup?as=learner} preselects the learner.
 */
@Route(value = "signup", layout = MainLayout.class)
@AnonymousAllowed
public class SignUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final RadioButtonGroup<Role> kind = new RadioButtonGroup<>();
    final TextField displayName = new TextField();
    final TextField loginName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final TextField invite = new TextField();
    final Button submit = new Button();
    final Paragraph formError = new Paragraph();

    private final AccountService accounts;
    private final SessionSignIn signIn;

    /** Builds the form, or a notice when sign-up is closed. */
    public SignUpView(AccountService accounts, SessionSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        addClassName("lectern-page");
        VaadinTexts.passwords(password, repeat);
        add(new H1(getTranslation("account.signup.heading")));
        if (accounts.signUpMode() == SignUpMode.CLOSED) {
            add(new Paragraph(getTranslation("account.error.signup-closed")));
            return;
        }
        add(new Paragraph(getTranslation("account.signup.intro")));

        kind.setLabel(getTranslation("account.signup.kind"));
        kind.setItems(Role.TEACHER, Role.LEARNER);
        kind.setItemLabelGenerator(role -> getTranslation("account.signup.kind." + role.name()));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setValue(Role.TEACHER);
        kind.setRequiredIndicatorVisible(true);
        kind.setId("signup-kind");
        displayName.setLabel(getTranslation("account.signup.display-name"));
        displayName.setHelperText(getTranslation("account.signup.display-name.help"));
        displayName.setRequiredIndicatorVisible(true);
        // the browser counts UTF-16 units, the limit counts characters: room for 80 emoji, the server checks
        displayName.setMaxLength(2 * AccountService.MAX_DISPLAY_NAME);
        loginName.setLabel(getTranslation("account.signup.login-name"));
        loginName.setHelperText(getTranslation("account.signup.login-name.help"));
        loginName.setRequiredIndicatorVisible(true);
        loginName.setMaxLength(64);
        loginName.getElement().setAttribute("autocomplete", "username");
        password.setLabel(getTranslation("account.signup.password"));
        password.setHelperText(getTranslation("account.signup.password.help", AccountService.TEACHER_MIN_PASSWORD));
        password.setRequiredIndicatorVisible(true);
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.setLabel(getTranslation("account.signup.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        repeat.getElement().setAttribute("autocomplete", "new-password");
        invite.setLabel(getTranslation("account.signup.invite"));
        invite.setRequiredIndicatorVisible(true);
        invite.setVisible(accounts.signUpMode() == SignUpMode.INVITE);

        formError.setId("signup-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        submit.setText(getTranslation("account.signup.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());

        VerticalLayout fields =
                new VerticalLayout(kind, displayName, loginName, password, repeat, invite, formError, submit);
        fields.setPadding(false);
        fields.setAlignItems(FlexComponent.Alignment.STRETCH);
        fields.setMaxWidth("28rem");
        add(fields);
        add(new Paragraph(new RouterLink(getTranslation("account.signup.have-account"), LoginView.class)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation()
                .getQueryParameters()
                .getSingleParameter("as")
                .filter("learner"::equals)
                .isPresent()) {
            kind.setValue(Role.LEARNER);
        }
    }

    private void submit() {
        List<? extends com.vaadin.flow.component.HasValidation> all =
                List.of(displayName, loginName, password, repeat, invite);
        all.forEach(field -> field.setInvalid(false));
        formError.setVisible(false);
        Role role = kind.getValue() == null ? Role.TEACHER : kind.getValue();
        try {
            accounts.signUp(
                    role,
                    displayName.getValue(),
                    loginName.getValue(),
                    password.getValue(),
                    repeat.getValue(),
                    invite.getValue());
        } catch (AccountException e) {
            showAll(e);
            return;
        }
        try {
            signIn.signIn(loginName.getValue(), password.getValue());
        } catch (AuthenticationException notNow) {
            // the account exists; a throttled address signs in by hand later
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("created", ""))));
            return;
        }
        getUI().ifPresent(ui -> {
            AccountMenu.refresh(ui);
            ui.navigate(LandingView.ROUTE);
        });
    }

    /** Every problem on its field, the focus on the first. */
    private void showAll(AccountException e) {
        boolean focused = false;
        for (AccountException.Problem problem : e.problems()) {
            String message = getTranslation(problem.messageKey(), problem.args().toArray());
            switch (problem.field()) {
                case DISPLAY_NAME -> focused |= FieldErrors.show(displayName, message, !focused);
                case LOGIN_NAME -> focused |= FieldErrors.show(loginName, message, !focused);
                case PASSWORD, CURRENT_PASSWORD -> focused |= FieldErrors.show(password, message, !focused);
                case REPEAT -> focused |= FieldErrors.show(repeat, message, !focused);
                case INVITE -> focused |= FieldErrors.show(invite, message, !focused);
                case FORM -> {
                    formError.setText(message);
                    formError.setVisible(true);
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("account.signup.heading"));
    }
}
