package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.config.LecternProperties;
import app.lectern.testsupport.LecternSpringTest;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Accounts against a real (file) H2 database. */
@LecternSpringTest
// A context of its own: the installation's first account (the admin) needs a database without accounts, so each
// test starts by deleting them all, which the shared context's other rows would not allow.
@TestPropertySource(properties = "lectern.test.context=accounts-from-empty")
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserRepository users;

    @Autowired
    AdminSettingRepository adminSettings;

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
    void theFirstSignUpFromAnotherMachineIsATeacherNotAnAdmin() {
        for (String address : List.of("192.168.1.7", "203.0.113.9", "::ffff:10.0.0.2")) {
            users.deleteAll();
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setRemoteAddr(address);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                UserRef first = accounts.signUpTeacher("Quick Visitor", "quick-visitor", "correct horse 1", null);
                assertThat(first.roles()).as("first sign-up from %s", address).containsExactly(Role.TEACHER);
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        }
        MockHttpServletRequest local = new MockHttpServletRequest();
        local.setRemoteAddr("127.0.0.1");
        users.deleteAll();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(local));
        try {
            assertThat(accounts.signUpTeacher("Operator", "operator", "correct horse 1", null)
                            .roles())
                    .as("the operator on the server itself")
                    .containsExactlyInAnyOrder(Role.ADMIN, Role.TEACHER);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
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
        AccountService inviteOnly = new AccountService(
                users,
                adminSettings,
                currentUser,
                addressThrottle,
                encoder,
                Clock.systemUTC(),
                signUp("invite", "apple-tree"));

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
        AccountService inviteOnly = new AccountService(
                users, adminSettings, currentUser, addressThrottle, encoder, Clock.systemUTC(), signUp("invite", ""));

        assertThat(refusal(() -> inviteOnly.signUpTeacher("Ana", "arivera", "correct horse 1", "")))
                .isEqualTo("account.error.invite-invalid");
    }

    @Test
    void closedSignUpAdmitsNobody() {
        AccountService closed = new AccountService(
                users, adminSettings, currentUser, addressThrottle, encoder, Clock.systemUTC(), signUp("closed", ""));

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
        assertThat(accounts.createStudent("李", "owl-lemon-42").loginName()).matches("student-\\d{4}");
    }

    @Test
    void studentsNeedEightCharacters() {
        assertThat(refusal(() -> accounts.createStudent("Jonas", "1234567")))
                .isEqualTo("account.error.password-too-short");
        assertThat(accounts.createStudent("Jonas", "owl-lemon-42").loginName()).startsWith("jonas-");
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

        as(admin(), () -> accounts.disable(student.id()));
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

    @Autowired
    AddressThrottle addressThrottle;

    @Test
    void aDisabledAccountStopsWorkingInASessionThatIsAlreadyOpen() {
        UserRef admin = admin();
        UserRef student = accounts.createStudent("Tom Becker", "tom-password-1");
        Authentication session = logIn(student.loginName(), "tom-password-1");
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(session);
        try {
            assertThat(currentUser.get()).map(UserRef::id).contains(student.id());

            as(admin, () -> accounts.disable(student.id()));
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(session);

            assertThat(currentUser.get()).isEmpty();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aMistypedSignUpSettingClosesSignUpRatherThanOpeningIt() {
        AccountService typo = new AccountService(
                users, adminSettings, currentUser, addressThrottle, encoder, Clock.systemUTC(), signUp("closd", ""));

        assertThat(typo.signUpMode()).isEqualTo(AccountService.SignUpMode.CLOSED);
    }

    @Test
    void anAbsurdlyLongLoginNameIsRefusedBeforeItIsCounted() {
        assertThatThrownBy(() -> logIn("x".repeat(100_000), "whatever-password"))
                .isInstanceOf(BadCredentialsException.class);
    }

    // ---- who may call what ----

    private UserRef admin() {
        return accounts.signUpTeacher("Ada Admin", "ada-admin", "correct horse 1", null);
    }

    /** Runs the action signed in as the user (null: anonymous), restoring the previous context. */
    private void as(UserRef user, Runnable action) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        try {
            if (user == null) {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            } else {
                var details = userDetails.loadUserByUsername(user.loginName());
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                details, null, details.getAuthorities()));
            }
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
    }

    private String outcome(UserRef user, Runnable action) {
        try {
            as(user, action);
            return "allowed";
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return "denied";
        }
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    void onlyVisitorsJoiningAndTeachersCreateStudentAccounts() {
        UserRef admin = admin();
        UserRef teacher = accounts.signUpTeacher("Ben", "bokafor", "battery staple", null);
        UserRef student = accounts.createStudent("Tom", "tom-password-1");

        assertThat(outcome(null, () -> accounts.createStudent("Visitor", "owl-lemon-42")))
                .isEqualTo("allowed");
        assertThat(outcome(teacher, () -> accounts.createStudent("Bulk", "owl-lemon-42")))
                .isEqualTo("allowed");
        assertThat(outcome(admin, () -> accounts.createStudent("By admin", "owl-lemon-42")))
                .isEqualTo("allowed");
        long before = users.count();
        assertThat(outcome(student, () -> accounts.createStudent("Sock puppet", "owl-lemon-42")))
                .isEqualTo("denied");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void disablingAnAccountIsForTeachersOnStudentsAndForAdmins() {
        UserRef admin = admin();
        UserRef teacher = accounts.signUpTeacher("Ben", "bokafor", "battery staple", null);
        UserRef otherTeacher = accounts.signUpTeacher("Cleo", "cleo", "battery staple", null);
        UserRef student = accounts.createStudent("Tom", "tom-password-1");
        UserRef classmate = accounts.createStudent("Lea", "lea-password-1");

        assertThat(outcome(null, () -> accounts.disable(student.id()))).isEqualTo("denied");
        assertThat(outcome(classmate, () -> accounts.disable(student.id()))).isEqualTo("denied");
        assertThat(outcome(student, () -> accounts.disable(student.id()))).isEqualTo("denied");
        assertThat(outcome(teacher, () -> accounts.disable(otherTeacher.id()))).isEqualTo("denied");
        assertThat(outcome(teacher, () -> accounts.disable(admin.id()))).isEqualTo("denied");
        assertThat(outcome(admin, () -> accounts.disable(admin.id()))).isEqualTo("denied");
        assertThat(enabled(student)).isTrue();
        assertThat(enabled(otherTeacher)).isTrue();
        assertThat(enabled(admin)).isTrue();

        assertThat(outcome(teacher, () -> accounts.disable(student.id()))).isEqualTo("allowed");
        assertThat(outcome(admin, () -> accounts.disable(otherTeacher.id()))).isEqualTo("allowed");
        assertThat(enabled(student)).isFalse();
        assertThat(enabled(otherTeacher)).isFalse();
    }

    private boolean enabled(UserRef user) {
        return users.findById(user.id()).orElseThrow().enabled();
    }

    @Test
    void aPasswordIsChangedOnlyByItsOwnerOrAnAdmin() {
        UserRef admin = admin();
        UserRef teacher = accounts.signUpTeacher("Ben", "bokafor", "battery staple", null);
        UserRef student = accounts.createStudent("Tom", "tom-password-1");
        UserRef classmate = accounts.createStudent("Lea", "lea-password-1");

        assertThat(outcome(null, () -> accounts.changePassword(student.id(), "hijacked-1")))
                .isEqualTo("denied");
        assertThat(outcome(classmate, () -> accounts.changePassword(student.id(), "hijacked-1")))
                .isEqualTo("denied");
        assertThat(outcome(teacher, () -> accounts.changePassword(student.id(), "hijacked-1")))
                .isEqualTo("denied");
        assertThat(outcome(student, () -> accounts.changePassword(admin.id(), "hijacked-password")))
                .isEqualTo("denied");
        assertThat(logIn(student.loginName(), "tom-password-1").isAuthenticated())
                .isTrue();

        assertThat(outcome(student, () -> accounts.changePassword(student.id(), "tom-new-password")))
                .isEqualTo("allowed");
        assertThat(logIn(student.loginName(), "tom-new-password").isAuthenticated())
                .isTrue();
        assertThat(outcome(admin, () -> accounts.changePassword(teacher.id(), "reset-by-admin")))
                .isEqualTo("allowed");
        assertThat(logIn(teacher.loginName(), "reset-by-admin").isAuthenticated())
                .isTrue();
    }

    private String passwordRefusal(Runnable action) {
        try {
            action.run();
            return "accepted";
        } catch (AccountException e) {
            return e.messageKey();
        }
    }

    @Test
    void commonTrivialAndOwnNamePasswordsAreRefusedForEveryRole() {
        UserRef admin = admin();
        UserRef teacher = accounts.signUpTeacher("Ben", "bokafor", "battery staple", null);

        assertThat(passwordRefusal(() -> accounts.signUpTeacher("Cleo", "cleo", "Password123", null)))
                .isEqualTo("account.error.password-common");
        assertThat(passwordRefusal(() -> accounts.signUpTeacher("Cleo", "cleo", "1234567890", null)))
                .isEqualTo("account.error.password-common");
        assertThat(passwordRefusal(() -> accounts.signUpTeacher("Cleo", "cleopatra-7", "Cleopatra-7", null)))
                .isEqualTo("account.error.password-is-name");
        // a student joining with a class code, or created by a teacher
        assertThat(passwordRefusal(() -> accounts.createStudent("Tom", "aaaaaaaa")))
                .isEqualTo("account.error.password-trivial");
        assertThat(passwordRefusal(() -> as(teacher, () -> accounts.createStudent("Tom", "12345678"))))
                .isEqualTo("account.error.password-common");
        // an admin resetting someone's password
        assertThat(passwordRefusal(() -> as(admin, () -> accounts.changePassword(teacher.id(), "qwertyuiop"))))
                .isEqualTo("account.error.password-common");
        assertThat(passwordRefusal(() -> as(admin, () -> accounts.changePassword(teacher.id(), "BOKAFOR"))))
                .isIn("account.error.password-too-short", "account.error.password-is-name");
        assertThat(passwordRefusal(() -> as(admin, () -> accounts.changePassword(teacher.id(), "abcdefghijk"))))
                .isEqualTo("account.error.password-trivial");
        assertThat(logIn("bokafor", "battery staple").isAuthenticated()).isTrue();
    }

    @Test
    void lineAndParagraphSeparatorsAreRefusedInNames() {
        for (String bad : java.util.List.of("Maria\u2028Lopez", "Maria\u2029=HYPERLINK(1)")) {
            assertThat(passwordRefusal(() -> accounts.signUpTeacher(bad, "mlopez", "battery staple", null)))
                    .isEqualTo("account.error.display-name-invalid");
            assertThat(passwordRefusal(() -> accounts.createStudent(bad, "tom-password-1")))
                    .isEqualTo("account.error.display-name-invalid");
        }
        assertThat(accounts.createStudent("Maria Lopez", "tom-password-1").displayName())
                .isEqualTo("Maria Lopez");
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOneAndTheSameRules() {
        UserRef student = accounts.createStudent("Tom", "tom-password-1");

        assertThat(passwordRefusal(() -> as(student, () -> accounts.changeOwnPassword("guess", "tom-new-password"))))
                .isEqualTo("account.error.current-password-wrong");
        assertThat(passwordRefusal(() -> as(student, () -> accounts.changeOwnPassword("tom-password-1", "iloveyou"))))
                .isEqualTo("account.error.password-common");
        assertThat(passwordRefusal(
                        () -> as(student, () -> accounts.changeOwnPassword("tom-password-1", student.loginName()))))
                .isEqualTo("account.error.password-is-name");
        assertThat(logIn(student.loginName(), "tom-password-1").isAuthenticated())
                .isTrue();

        as(student, () -> accounts.changeOwnPassword("tom-password-1", "tom-new-password"));
        assertThat(logIn(student.loginName(), "tom-new-password").isAuthenticated())
                .isTrue();
        assertThat(outcome(null, () -> accounts.changeOwnPassword("tom-new-password", "another-password")))
                .isEqualTo("denied");
    }

    @Test
    void grantingAdminIsNotPartOfThePublicApi() throws Exception {
        var makeAdmin = AccountService.class.getDeclaredMethod("makeAdmin", String.class);
        assertThat(java.lang.reflect.Modifier.isPublic(makeAdmin.getModifiers()))
                .isFalse();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * The first-admin race: the first sign-up's transaction is still open (not committed) when a second one
     * starts. Without the lock the second sees an empty table too and becomes a second admin.
     */
    @Test
    void twoSimultaneousFirstSignUpsMakeExactlyOneAdmin() throws Exception {
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var second = new java.util.concurrent.atomic.AtomicReference<UserRef>();
        var secondFailure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Thread[] other = new Thread[1];
        UserRef first = tx.execute(status -> {
            UserRef ana = accounts.signUpTeacher("Ana", "arivera", "correct horse 1", null);
            other[0] = Thread.ofPlatform().start(() -> {
                try {
                    second.set(accounts.signUpTeacher("Ben", "bokafor", "battery staple", null));
                } catch (Throwable e) {
                    secondFailure.set(e);
                }
            });
            try {
                // the second sign-up hashes its password (~0.1 s), then must wait for this transaction
                other[0].join(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(second.get())
                    .as("the second sign-up waits for the first to commit")
                    .isNull();
            return ana;
        });
        other[0].join(10_000);

        assertThat(secondFailure.get()).isNull();
        assertThat(first.roles()).contains(Role.ADMIN);
        assertThat(second.get().roles()).containsExactly(Role.TEACHER);
        assertThat(users.findAll())
                .filteredOn(u -> u.roles().contains(Role.ADMIN))
                .hasSize(1);
    }

    private static LecternProperties signUp(String mode, String inviteCode) {
        return new LecternProperties(
                "./content",
                "./data",
                mode,
                inviteCode,
                "",
                false,
                new LecternProperties.Retention(400, "0 30 3 * * *"),
                new LecternProperties.Throttle(true),
                java.util.List.of(),
                new LecternProperties.Sessions(2000, java.time.Duration.ofMinutes(20)),
                new LecternProperties.Authoring(true),
                new LecternProperties.I18n(false),
                new LecternProperties.LtiSync(java.time.Duration.ofSeconds(30)));
    }
}
