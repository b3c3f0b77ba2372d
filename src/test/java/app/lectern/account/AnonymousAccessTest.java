package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.ui.LoginView;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An anonymous visitor with security on: the library opens, a teacher-only page sends them to the login. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class AnonymousAccessTest extends SpringBrowserlessTest {

    @BeforeEach
    void learner() {
        UiTestSupport.signInAnonymousLearner();
    }

    @Test
    void theLibraryOpensWithoutAnAccount() {
        assertThat(navigate(LibraryView.class)).isInstanceOf(LibraryView.class);
    }

    @Test
    void aTeacherOnlyPageShowsTheLoginInstead() {
        assertThat(navigate("account-test/teacher-only", LoginView.class)).isInstanceOf(LoginView.class);
    }
}
