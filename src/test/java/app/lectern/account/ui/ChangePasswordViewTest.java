package app.lectern.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A signed-in user changes their own password from the account menu. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuthenticationManager authentication;

    private UserRef student;

    @BeforeEach
    void signIn() {
        UiTestSupport.signInAnonymousLearner();
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        student = users.student("Maria Lopez");
        users.signIn(student);
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    private void fill(String current, String password, String repeat) {
        test($(PasswordField.class).withCaption("Current password").single()).setValue(current);
        test($(PasswordField.class).withCaption("New password").single()).setValue(password);
        test($(PasswordField.class).withCaption("Repeat new password").single()).setValue(repeat);
        test(view().submit).click();
    }

    private ChangePasswordView view() {
        return (ChangePasswordView) getCurrentView();
    }

    private boolean logsInWith(String password) {
        try {
            return authentication
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(student.loginName(), password))
                    .isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    @Test
    void theAccountMenuLinksToThePageAndANewPasswordIsSetWithTheCurrentOne() {
        navigate(ChangePasswordView.class);
        assertThat($(Anchor.class).id("change-password-link").getHref()).isEqualTo("account/password");

        fill("a wrong guess", "maria-new-phrase", "maria-new-phrase");
        assertThat(view().current.isInvalid()).isTrue();
        assertThat(view().current.getErrorMessage()).isEqualTo("The current password is not right.");

        fill(ClassroomTestUsers.PASSWORD, "password1", "password1");
        assertThat(view().password.isInvalid()).isTrue();
        assertThat(view().password.getErrorMessage()).contains("most common passwords");

        fill(ClassroomTestUsers.PASSWORD, "maria-new-phrase", "maria-new-phrasE");
        assertThat(view().repeat.isInvalid()).isTrue();
        assertThat(logsInWith(ClassroomTestUsers.PASSWORD)).isTrue();

        fill(ClassroomTestUsers.PASSWORD, "maria-new-phrase", "maria-new-phrase");
        assertThat($(Paragraph.class).id("password-changed").isVisible()).isTrue();
        assertThat(view().current.getValue()).isEmpty();
        assertThat(logsInWith("maria-new-phrase")).isTrue();
        assertThat(logsInWith(ClassroomTestUsers.PASSWORD)).isFalse();
    }
}
