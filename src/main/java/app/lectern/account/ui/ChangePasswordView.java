package app.lectern.account.ui;

import app.lectern.account.AccountException;
import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.ui.MainLayout;
import app.lectern.ui.VaadinTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Every signed-in user changes their own password here: the current one, the new one twice. The service checks
 * the current password and applies the same rules as at sign-up; each field shows its own error.
 */
@Route(value = "account/password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();
    final Paragraph done = new Paragraph();

    private final AccountService accounts;
    private final boolean oneTime;

    /** Builds the form for the signed-in user. */
    public ChangePasswordView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.oneTime = accounts.mustChangePassword();
        addClassName("lectern-page");
        VaadinTexts.passwords(current, password, repeat);
        int min = accounts.minPasswordLength(currentUser.require());
        add(new H1(getTranslation("account.password.heading")));
        if (oneTime) {
            Paragraph notice = new Paragraph(getTranslation("account.password.one-time"));
            notice.setId("one-time-notice");
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "note");
            add(notice);
        }
        add(new Paragraph(getTranslation("account.password.intro", min)));

        current.setLabel(getTranslation("account.password.current"));
        current.getElement().setAttribute("autocomplete", "current-password");
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.signup.password.help", min));
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.getElement().setAttribute("autocomplete", "new-password");
        for (PasswordField field : List.of(current, password, repeat)) {
            field.setRequiredIndicatorVisible(true);
            // bcrypt reads 72 bytes; the server refuses more, this only spares the round trip
            field.setMaxLength(72);
        }

        done.setId("password-changed");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);

        submit.setText(getTranslation("account.password.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());

        VerticalLayout fields = new VerticalLayout(current, password, repeat, done, submit);
        fields.setPadding(false);
        fields.setAlignItems(FlexComponent.Alignment.STRETCH);
        fields.setMaxWidth("28rem");
        add(fields);
    }

    private void submit() {
        for (PasswordField field : List.of(current, password, repeat)) {
            field.setInvalid(false);
        }
        done.setVisible(false);
        try {
            accounts.changeOwnPassword(current.getValue(), password.getValue(), repeat.getValue());
        } catch (AccountException e) {
            boolean focused = false;
            for (AccountException.Problem problem : e.problems()) {
                PasswordField field = switch (problem.field()) {
                    case CURRENT_PASSWORD -> current;
                    case REPEAT -> repeat;
                    default -> password;
                };
                focused |= FieldErrors.show(
                        field,
                        getTranslation(problem.messageKey(), problem.args().toArray()),
                        !focused);
            }
            return;
        }
        for (PasswordField field : List.of(current, password, repeat)) {
            field.clear();
        }
        if (oneTime) {
            // the one-time password is gone: on to where the sign-in would have led
            getUI().ifPresent(ui -> ui.navigate(LandingView.ROUTE));
            return;
        }
        done.setText(getTranslation("account.password.changed"));
        done.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("account.password.heading"));
    }
}
