package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.config.LecternProperties;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code --lectern.admin=<login>} at start-up, as the application runs it, started again and again. */
@LecternSpringTest
class AdminBootstrapTest {

    @Autowired
    AccountService accounts;

    @Autowired
    LecternProperties properties;

    @Autowired
    TestClock clock;

    /** One start of the application with {@code --lectern.admin=login}. */
    private void startWithAdmin(String login) {
        LecternProperties p = properties;
        new AdminBootstrap(
                        accounts,
                        new LecternProperties(
                                p.contentDir(),
                                p.dataDir(),
                                p.signup(),
                                p.inviteCode(),
                                login,
                                p.demo(),
                                p.retention(),
                                p.throttle(),
                                List.of(),
                                p.sessions(),
                                p.authoring(),
                                p.i18n(),
                                p.ltiSync()))
                .grantAdmin();
        clock.advance(Duration.ofSeconds(1));
    }

    private static String uniqueLogin() {
        return "head-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private boolean isAdmin(String login) {
        return accounts.findByLoginName(login).orElseThrow().has(Role.ADMIN);
    }

    @Test
    void anAccountThatExistedBeforeTheSettingBecomesAdmin() {
        String login = uniqueLogin();
        accounts.createTeacher("Head Teacher", login, "a-long-secret-phrase");
        clock.advance(Duration.ofSeconds(1));

        startWithAdmin(login);

        assertThat(isAdmin(login)).isTrue();
        startWithAdmin(login);
        assertThat(isAdmin(login)).isTrue();
    }

    @Test
    void whoeverSignsUpWithTheNamedLoginAfterTheSettingWasGivenNeverBecomesAdmin() {
        String login = uniqueLogin();
        startWithAdmin(login);

        accounts.signUpTeacher("Mallory", login, "a-long-secret-phrase", "");
        assertThat(isAdmin(login)).isFalse();

        // nor at the next start, nor the one after
        startWithAdmin(login);
        startWithAdmin(login);
        assertThat(isAdmin(login)).isFalse();
    }
}
