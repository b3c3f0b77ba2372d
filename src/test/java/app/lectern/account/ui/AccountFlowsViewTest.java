package app.lectern.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.ui.MyAssignmentsView;
import app.lectern.classroom.ui.TeachView;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-up of a learner (signed in at once, on the library), every sign-up problem shown at once, the header's
 * sign-up link, where a sign-in lands per role, and the forced change of a one-time password.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class AccountFlowsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;

    @BeforeEach
    void visitor() {
        UiTestSupport.signInAnonymousLearner();
        users = new ClassroomTestUsers(accounts, userDetails);
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    private SignUpView signUpView() {
        return (SignUpView) getCurrentView();
    }

    @Test
    void aVisitorFindsSignUpInTheHeaderAndALearnerIsSignedInAtOnceOnTheLibrary() {
        navigate(LibraryView.class);
        assertThat($(Anchor.class).id("header-signup-link").getHref()).isEqualTo("signup");

        navigate("signup", SignUpView.class);
        String login = "lee-" + UUID.randomUUID().toString().substring(0, 8);
        test(signUpView().kind).selectItem("study on my own: keep my progress on every device");
        test(signUpView().displayName).setValue("Lee Learner");
        test(signUpView().loginName).setValue(login);
        test(signUpView().password).setValue("lees-long-phrase");
        test(signUpView().repeat).setValue("lees-long-phrase");
        test(signUpView().submit).click();

        UserRef user = currentUser.get().orElseThrow();
        assertThat(user.loginName()).isEqualTo(login);
        assertThat(user.roles()).containsExactly(Role.LEARNER);
        assertThat(getCurrentView()).isInstanceOf(LibraryView.class);
        assertThat($(Button.class).id("logout-button").isVisible())
                .as("the header shows the signed-in user without a page load")
                .isTrue();
    }

    @Test
    void everyProblemOfTheSignUpFormShowsAtOnceAndNoAccountIsMade() {
        navigate("signup", SignUpView.class);
        test(signUpView().displayName).setValue(" ");
        test(signUpView().loginName).setValue("A");
        test(signUpView().password).setValue("short");
        test(signUpView().repeat).setValue("other");
        test(signUpView().submit).click();

        assertThat(signUpView().displayName.isInvalid()).isTrue();
        assertThat(signUpView().loginName.isInvalid()).isTrue();
        assertThat(signUpView().password.getErrorMessage()).contains("at least 10 characters");
        assertThat(signUpView().repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(currentUser.get()).isEmpty();
        assertThat(accounts.findByLoginName("a")).isEmpty();
    }

    @Test
    void aSignInLandsOnTheUsersOwnTrack() {
        UserRef teacher = users.teacher("Ms Rivera");
        UserRef student = users.student("Sam Lee");

        users.signIn(student);
        navigate(LandingView.ROUTE, MyAssignmentsView.class);
        users.signIn(teacher);
        navigate(LandingView.ROUTE, TeachView.class);
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElseAndTheChangeLeadsOn() {
        UserRef student = users.student("Sam Lee");
        UserRef admin = users.teacher("Ada Admin");
        app.lectern.account.TestAdmins.make(accounts, admin.loginName());
        users.signIn(admin);
        String oneTime = accounts.resetPassword(student.id());

        users.signIn(student);
        navigate("", ChangePasswordView.class);
        assertThat($(Paragraph.class).id("one-time-notice").getText()).contains("one-time password");
        assertThat($(Button.class).id("logout-button").isVisible())
                .as("logging out stays possible")
                .isTrue();
        navigate("my-data", ChangePasswordView.class);

        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        test($(PasswordField.class).withCaption("Current password").single()).setValue(oneTime);
        test($(PasswordField.class).withCaption("New password").single()).setValue("sams-own-phrase");
        test($(PasswordField.class).withCaption("Repeat new password").single()).setValue("sams-own-phrase");
        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(MyAssignmentsView.class);
        navigate("", LibraryView.class);
    }

    @Test
    void everyProblemOfTheChangePasswordFormShowsAtOnce() {
        users.signIn(users.student("Sam Lee"));
        navigate(ChangePasswordView.class);
        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        test(view.current).setValue("a wrong guess");
        test(view.password).setValue("12345678");
        test(view.repeat).setValue("87654321");
        test(view.submit).click();

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.repeat.isInvalid()).isTrue();
    }
}
