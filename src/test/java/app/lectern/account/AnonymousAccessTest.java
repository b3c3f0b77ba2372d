package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.ui.LoginView;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.UiTestSupport;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An anonymous visitor with security on: the library opens, a teacher-only page sends them to the login. */
@SpringBootTest
@ViewPackages(packages = "app.lectern")
class AnonymousAccessTest extends SpringBrowserlessTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lectern.data-dir", () -> data.toString());
        registry.add(
                "lectern.content-dir", () -> Path.of("content").toAbsolutePath().toString());
    }

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
