package app.lectern.classroom.ui;

import app.lectern.account.AccountException;
import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.SessionSignIn;
import app.lectern.account.UserRef;
import app.lectern.account.ui.AccountMenu;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.JoinedClass;
import app.lectern.ui.MainLayout;
import app.lectern.ui.VaadinTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;

/**
 * {@code /join}: joining a class with its code. A signed-in student only enters the code; a visitor also chooses
 * a display name and a password (no email: many students are minors), is signed in at once and gets their new login
 * name. Every problem of the form is shown at once.
 * {@code /join?code=ABCD2345} fills the code in.
 */
@Route(value = "join", layout = MainLayout.class)
@AnonymousAllowed
public class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final SessionSignIn signIn;

    final TextField code = new TextField();
    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final Button join = new Button();
    private final Div result = new Div();
    private final Paragraph signInInstead = new Paragraph();

    /** Builds the form for the current visitor. */
    public JoinView(
            ClassroomService classroom, CurrentUser currentUser, AccountService accounts, SessionSignIn signIn) {
        this.classroom = classroom;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.signIn = signIn;
        addClassName("lectern-page");
        VaadinTexts.passwords(password);
        add(new H1(getTranslation("classroom.join.heading")));
        result.setId("join-result");
        result.getElement().setAttribute("role", "status");

        Optional<UserRef> user = currentUser.get();
        if (user.isPresent() && !user.get().has(Role.STUDENT)) {
            add(new Paragraph(getTranslation("classroom.join.students-only")));
            return;
        }
        add(new Paragraph(getTranslation("classroom.join.intro")));
        code.setLabel(getTranslation("classroom.join.code"));
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(20);
        code.setId("code");
        code.getElement().setAttribute("autocomplete", "off");
        code.getStyle().set("text-transform", "uppercase");
        FormLayout form = new FormLayout(code);
        if (user.isEmpty()) {
            name.setLabel(getTranslation("classroom.join.name"));
            name.setHelperText(getTranslation("classroom.join.name-help"));
            name.setRequiredIndicatorVisible(true);
            // the browser counts UTF-16 units, the limit counts characters: room for 80 emoji, the server checks
            name.setMaxLength(2 * AccountService.MAX_DISPLAY_NAME);
            name.setId("display-name");
            password.setLabel(getTranslation("classroom.join.password"));
            password.setHelperText(getTranslation("classroom.join.password-help", AccountService.STUDENT_MIN_PASSWORD));
            password.setRequiredIndicatorVisible(true);
            password.setId("password");
            password.getElement().setAttribute("autocomplete", "new-password");
            form.add(name, password);
        }
        join.setText(getTranslation("classroom.join.button"));
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.setId("join");
        join.addClickListener(e -> submit());
        add(form, join, result);
        if (user.isEmpty()) {
            signInInstead.add(new Anchor("login", getTranslation("classroom.join.signin-instead")));
            add(signInInstead);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    private void submit() {
        code.setInvalid(false);
        name.setInvalid(false);
        password.setInvalid(false);
        result.removeAll();
        boolean signedIn = currentUser.get().isPresent();
        try {
            if (signedIn) {
                JoinedClass joined = classroom.joinWithCode(code.getValue());
                result.add(new Paragraph(getTranslation("classroom.join.joined", joined.name())));
                result.add(new Paragraph(
                        new RouterLink(getTranslation("classroom.join.to-assignments"), MyAssignmentsView.class)));
            } else {
                UserRef student = classroom.joinAsNewStudent(code.getValue(), name.getValue(), password.getValue());
                signInAndShow(student);
            }
        } catch (ClassroomException e) {
            show(code, ClassroomUi.message(this, e), true);
            if (!signedIn) {
                // the name and password are checked too, so every problem shows at once
                showAll(accounts.newStudentProblems(name.getValue(), password.getValue()), false);
            }
        } catch (AccountException e) {
            showAll(e.problems(), true);
        }
    }

    private void showAll(List<AccountException.Problem> problems, boolean focusFirst) {
        boolean focus = focusFirst;
        for (AccountException.Problem problem : problems) {
            TextFieldBase field = problem.field() == AccountException.Field.DISPLAY_NAME ? name : password;
            String message = getTranslation(problem.messageKey(), problem.args().toArray());
            show(field, message, focus);
            focus = false;
        }
    }

    private static void show(TextFieldBase field, String message, boolean focus) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (focus) {
            field.focus();
        }
    }

    /**
     * Signs the new student in at once (a real session: see {@link SessionSignIn}) and shows their login name, which
     * they need the next time.
     */
    private void signInAndShow(UserRef student) {
        code.setReadOnly(true);
        name.setReadOnly(true);
        password.setReadOnly(true);
        join.setEnabled(false);
        boolean signedIn;
        try {
            signIn.signIn(student.loginName(), password.getValue());
            signedIn = true;
        } catch (AuthenticationException notNow) {
            // the account exists and is in the class; the student signs in by hand
            signedIn = false;
        }
        Paragraph created = new Paragraph(getTranslation(
                signedIn ? "classroom.join.account-created-signed-in" : "classroom.join.account-created",
                student.loginName()));
        created.setId("account-created");
        Paragraph login = new Paragraph(new Span(student.loginName()));
        login.setId("login-name");
        login.addClassName("join-login-name");
        Anchor next = signedIn
                ? new Anchor("assignments", getTranslation("classroom.join.to-assignments"))
                : new Anchor("login?user=" + student.loginName(), getTranslation("classroom.join.signin"));
        next.addClassName("lectern-link-button");
        next.setId(signedIn ? "to-assignments" : "sign-in");
        result.add(created, login, new Paragraph(next));
        if (signedIn) {
            signInInstead.setVisible(false);
            getUI().ifPresent(AccountMenu::refresh);
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("classroom.join.title"));
    }
}
