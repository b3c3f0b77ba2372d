package app.lectern.account.ui;

import app.lectern.account.AccountException;
import app.lectern.account.AccountService;
import app.lectern.account.AccountService.SignUpMode;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * Teacher sign-up: display name, login name, password twice, and an invite code when sign-up is invite-only.
 * Each field shows its own error (Vaadin links it to the input for screen readers).
 */
@Route(value = "signup", layout = MainLayout.class)
@AnonymousAllowed
public class SignUpView extends Div implements HasDynamicTitle {

    final TextField displayName = new TextField();
    final TextField loginName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final TextField invite = new TextField();
    final Button submit = new Button();
    final Paragraph formError = new Paragraph();

    private final AccountService accounts;

    /** Builds the form, or a notice when sign-up is closed. */
    public SignUpView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("lectern-page");
        add(new H1(getTranslation("account.signup.heading")));
        if (accounts.signUpMode() == SignUpMode.CLOSED) {
            add(new Paragraph(getTranslation("account.error.signup-closed")));
            return;
        }
        add(new Paragraph(getTranslation("account.signup.intro")));

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

        VerticalLayout fields = new VerticalLayout(displayName, loginName, password, repeat, invite, formError, submit);
        fields.setPadding(false);
        fields.setAlignItems(FlexComponent.Alignment.STRETCH);
        fields.setMaxWidth("28rem");
        add(fields);
        add(new Paragraph(new RouterLink(getTranslation("account.signup.have-account"), LoginView.class)));
    }

    private void submit() {
        for (var field : List.of(displayName, loginName, password, repeat, invite)) {
            field.setInvalid(false);
        }
        formError.setVisible(false);
        if (!password.getValue().equals(repeat.getValue())) {
            FieldErrors.show(repeat, getTranslation("account.error.repeat-mismatch"));
            return;
        }
        try {
            accounts.signUpTeacher(
                    displayName.getValue(), loginName.getValue(), password.getValue(), invite.getValue());
        } catch (AccountException e) {
            String message = getTranslation(e.messageKey(), e.args());
            String key = e.messageKey();
            if (key.contains("display-name")) {
                FieldErrors.show(displayName, message);
            } else if (key.contains("login")) {
                FieldErrors.show(loginName, message);
            } else if (key.contains("password")) {
                FieldErrors.show(password, message);
            } else if (key.contains("invite")) {
                FieldErrors.show(invite, message);
            } else {
                formError.setText(message);
                formError.setVisible(true);
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(java.util.Map.of("created", ""))));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("account.signup.heading"));
    }
}
