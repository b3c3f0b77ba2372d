package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.question.single.SingleAnswer;
import app.lectern.reader.ui.Learner;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** While signed in, the library and reader show the account's progress; signed out, the browser's own. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class SignedInLibraryTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    StudyService study;

    private UUID browser;
    private UserRef user;

    @BeforeEach
    void setUp() {
        browser = UiTestSupport.signInAnonymousLearner();
        user = accounts.createStudent("Library Tester", "correct-horse-battery");
        // progress made on another device, already in the account
        study.submit(study.accountLearner(user.id()), MODULE, "who-says-150", new SingleAnswer("c"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signedInTheLibraryShowsTheAccountsProgress() {
        UserDetails details = userDetails.loadUserByUsername(user.loginName());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));

        navigate(LibraryView.class);

        assertThat(Learner.current()).isEqualTo(study.accountLearner(user.id()));
        assertThat(progressText()).startsWith("1 ");
    }

    @Test
    void signedOutTheBrowsersOwnLearnerIsUsed() {
        navigate(LibraryView.class);

        assertThat(Learner.current()).isEqualTo(browser);
        assertThat(progressText()).startsWith("0 ");
    }

    private String progressText() {
        return $(Paragraph.class).withClassName("progress-text").first().getText();
    }
}
