package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Accounts against a real (file) H2 database. */
@SpringBootTest
class AccountServiceTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lectern.data-dir", () -> data.toString());
        registry.add(
                "lectern.content-dir", () -> Path.of("content").toAbsolutePath().toString());
    }

    @Autowired
    AccountService accounts;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noAccounts() {
        users.deleteAll();
    }

    private Authentication logIn(String login, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    @Test
    void theFirstTeacherIsAlsoAdminTheNextIsNot() {
        UserRef first = accounts.signUpTeacher("Ana Rivera", "arivera", "correct horse 1", null);
        UserRef second = accounts.signUpTeacher("Ben Okafor", "bokafor", "battery staple", null);

        assertThat(first.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.TEACHER);
        assertThat(second.roles()).containsExactly(Role.TEACHER);
        assertThat(accounts.find(second.id())).contains(second);
    }

    @Test
    void loginNamesAreStoredLowerCaseAndTakenCaseInsensitively() {
        UserRef ana = accounts.signUpTeacher("Ana", "  ARivera ", "correct horse 1", null);
        assertThat(ana.loginName()).isEqualTo("arivera");

        assertThatThrownBy(() -> accounts.signUpTeacher("Other Ana", "arivera", "another password", null))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).messageKey())
                .isEqualTo("account.error.login-taken");
        assertThat(logIn("ARIVERA", "correct horse 1").isAuthenticated()).isTrue();
    }

    @Test
    void invalidSignUpsSayWhatIsWrong() {
        assertThat(refusal(() -> accounts.signUpTeacher("Ana", "arivera", "short", null)))
                .isEqualTo("account.error.password-too-short");
        assertThat(refusal(() -> accounts.signUpTeacher("Ana", "arivera", "x".repeat(73), null)))
                .isEqualTo("account.error.password-too-long");
        assertThat(refusal(() -> accounts.signUpTeacher("  ", "arivera", "correct horse 1", null)))
                .isEqualTo("account.error.display-name-required");
        assertThat(refusal(() -> accounts.signUpTeacher("Ana", "a b", "correct horse 1", null)))
                .isEqualTo("account.error.login-invalid");
        assertThat(refusal(() -> accounts.signUpTeacher("Ana", "ab", "correct horse 1", null)))
                .isEqualTo("account.error.login-invalid");
        assertThat(users.count()).isZero();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        accounts.signUpTeacher("Ana", "arivera", "correct horse 1", null);

        String hash = users.findByLoginName("arivera").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse 1", hash)).isTrue();
    }

    @Test
    void inviteOnlySignUpNeedsTheInviteCode() {
        AccountService inviteOnly = new AccountService(users, encoder, Optional.empty(), "invite", "apple-tree");

        assertThat(refusal(() -> inviteOnly.signUpTeacher("Ana", "arivera", "correct horse 1", null)))
                .isEqualTo("account.error.invite-invalid");
        assertThat(refusal(() -> inviteOnly.signUpTeacher("Ana", "arivera", "correct horse 1", "pear-tree")))
                .isEqualTo("account.error.invite-invalid");
        assertThat(inviteOnly
                        .signUpTeacher("Ana", "arivera", "correct horse 1", " apple-tree ")
                        .loginName())
                .isEqualTo("arivera");
    }

    @Test
    void inviteOnlyWithoutAConfiguredCodeAdmitsNobody() {
        AccountService inviteOnly = new AccountService(users, encoder, Optional.empty(), "invite", "");

        assertThat(refusal(() -> inviteOnly.signUpTeacher("Ana", "arivera", "correct horse 1", "")))
                .isEqualTo("account.error.invite-invalid");
    }

    @Test
    void closedSignUpAdmitsNobody() {
        AccountService closed = new AccountService(users, encoder, Optional.empty(), "closed", "");

        assertThat(refusal(() -> closed.signUpTeacher("Ana", "arivera", "correct horse 1", null)))
                .isEqualTo("account.error.signup-closed");
    }

    @Test
    void studentsGetUniqueReadableLoginNamesFromTheirFirstName() {
        Set<String> logins = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            UserRef student = accounts.createStudent("María José López", accounts.generatePassword());
            assertThat(student.loginName()).matches("maria-\\d{4}");
            assertThat(student.roles()).containsExactly(Role.STUDENT);
            assertThat(student.displayName()).isEqualTo("María José López");
            logins.add(student.loginName());
        }
        assertThat(logins).hasSize(30);
        assertThat(accounts.createStudent("李", "12345678").loginName()).matches("student-\\d{4}");
    }

    @Test
    void studentsNeedEightCharacters() {
        assertThat(refusal(() -> accounts.createStudent("Jonas", "1234567")))
                .isEqualTo("account.error.password-too-short");
        assertThat(accounts.createStudent("Jonas", "12345678").loginName()).startsWith("jonas-");
    }

    @Test
    void generatedPasswordsAreReadableAndDiffer() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = accounts.generatePassword();
            assertThat(password).matches("[a-z]+-[a-z]+-[a-z]+-\\d{2}").hasSizeGreaterThanOrEqualTo(8);
            passwords.add(password);
        }
        assertThat(passwords).hasSizeGreaterThan(45);
    }

    @Test
    void aStudentLogsInWithTheirGeneratedPasswordUntilDisabled() {
        String password = accounts.generatePassword();
        UserRef student = accounts.createStudent("Jonas", password);

        assertThat(logIn(student.loginName(), password).getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_STUDENT")
                .doesNotContain("ROLE_TEACHER", "ROLE_ADMIN");
        assertThatThrownBy(() -> logIn(student.loginName(), "wrong password"))
                .isInstanceOf(BadCredentialsException.class);

        accounts.disable(student.id());
        assertThatThrownBy(() -> logIn(student.loginName(), password)).isInstanceOf(DisabledException.class);
    }

    @Test
    void anUnknownLoginIsAWrongPassword() {
        assertThatThrownBy(() -> logIn("nobody", "whatever12")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theConfiguredAdminBecomesAdmin() {
        accounts.signUpTeacher("Ana", "arivera", "correct horse 1", null);
        UserRef ben = accounts.signUpTeacher("Ben", "bokafor", "battery staple", null);

        assertThat(accounts.makeAdmin("BOKAFOR")).isTrue();
        assertThat(accounts.find(ben.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.TEACHER);
        assertThat(accounts.makeAdmin("nobody")).isFalse();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (AccountException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected an AccountException");
    }

    @Autowired
    CurrentUser currentUser;

    @Test
    void aDisabledAccountStopsWorkingInASessionThatIsAlreadyOpen() {
        UserRef student = accounts.createStudent("Tom Becker", "tom-password-1");
        Authentication session = logIn(student.loginName(), "tom-password-1");
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(session);
        try {
            assertThat(currentUser.get()).map(UserRef::id).contains(student.id());

            accounts.disable(student.id());

            assertThat(currentUser.get()).isEmpty();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aMistypedSignUpSettingClosesSignUpRatherThanOpeningIt() {
        AccountService typo = new AccountService(users, encoder, Optional.empty(), "closd", "");

        assertThat(typo.signUpMode()).isEqualTo(AccountService.SignUpMode.CLOSED);
    }

    @Test
    void anAbsurdlyLongLoginNameIsRefusedBeforeItIsCounted() {
        assertThatThrownBy(() -> logIn("x".repeat(100_000), "whatever-password"))
                .isInstanceOf(BadCredentialsException.class);
    }
}
