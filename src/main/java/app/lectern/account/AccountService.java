package app.lectern.account;

import app.lectern.config.LecternProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and looks up accounts. Teachers sign themselves up (open, invite-only or closed per
 * {@code lectern.signup}); students are created by the classroom feature. The very first account of an
 * installation becomes an admin.
 */
@Service
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

    /** Minimum password length of teachers and admins. */
    public static final int TEACHER_MIN_PASSWORD = 10;

    /** Minimum password length of students. */
    public static final int STUDENT_MIN_PASSWORD = 8;

    /** bcrypt only looks at the first 72 bytes; longer passwords are refused rather than silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern LOGIN_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** The longest display name, in characters (code points). */
    public static final int MAX_DISPLAY_NAME = 80;

    // short, common, unambiguous words that children can type from a printed card
    private static final List<String> WORDS = List.of(
            "apple", "bird", "boat", "bread", "cake", "cloud", "coin", "corn", "desk", "drum", "duck", "fish", "flag",
            "frog", "gold", "goat", "hill", "horse", "kite", "lamp", "leaf", "lemon", "lion", "map", "moon", "nest",
            "owl", "park", "pear", "pen", "plum", "pond", "rain", "river", "road", "rock", "rose", "sand", "ship",
            "snow", "sock", "star", "stone", "sun", "tent", "tiger", "train", "tree", "wave", "wind", "wolf", "yard",
            "bear", "bell", "bike", "book", "cart", "chair", "clock", "crab", "deer", "door", "egg", "farm", "fox",
            "gate", "grape", "hat", "jam", "key", "lake", "milk", "mouse", "nose", "ocean", "paint", "piano", "queen",
            "robot", "salt", "seed", "shell", "shoe", "sky", "snail", "spoon", "storm", "table", "tiny", "tulip", "van",
            "whale", "zebra", "blue", "green", "red", "brave", "calm", "happy", "quick", "sunny");

    private final UserRepository users;
    private final AdminSettingRepository adminSettings;
    private final CurrentUser currentUser;
    private final AddressThrottle throttle;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SignUpMode signUpMode;
    private final String inviteCode;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            UserRepository users,
            AdminSettingRepository adminSettings,
            CurrentUser currentUser,
            AddressThrottle throttle,
            PasswordEncoder encoder,
            Clock clock,
            LecternProperties properties) {
        this.users = users;
        this.adminSettings = adminSettings;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.encoder = encoder;
        this.clock = clock;
        this.signUpMode = SignUpMode.parse(properties.signup());
        this.inviteCode =
                properties.inviteCode() == null ? "" : properties.inviteCode().trim();
    }

    /** How teachers may sign up. */
    public enum SignUpMode {
        /** Anyone may sign up as a teacher. */
        OPEN,
        /** Sign-up needs the invite code from {@code lectern.invite-code}. */
        INVITE,
        /** Nobody may sign up. */
        CLOSED;

        static SignUpMode parse(String value) {
            return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
                case "open" -> OPEN;
                case "invite", "invite-only" -> INVITE;
                // a typo must not open sign-up to everyone
                default -> CLOSED;
            };
        }
    }

    /** The configured sign-up mode, so the views can show or hide the sign-up link and invite field. */
    public SignUpMode signUpMode() {
        return signUpMode;
    }

    /**
     * Signs up a teacher. The very first account of the installation also gets ADMIN, but only when it is signed
     * up on the server itself (a loopback address, after {@code lectern.trusted-proxies}): an anonymous visitor
     * elsewhere on the network who is quicker than the operator gets a plain teacher account (the operator then
     * names an account with {@code lectern.admin}). A row lock on {@code signup_lock} makes simultaneous first
     * sign-ups (also from several app instances) take turns, so exactly one of them sees an empty installation.
     *
     * @throws AccountException with a user-facing message key on invalid input, a taken login name, a wrong
     *     invite code, when sign-up is closed, or after too many sign-ups from the caller's address
     */
    @Transactional
    public UserRef signUpTeacher(String displayName, String loginName, String password, String inviteCode) {
        return signUp(Role.TEACHER, displayName, loginName, password, password, inviteCode);
    }

    /**
     * Signs up a teacher ({@link Role#TEACHER}, see {@link #signUpTeacher}) or a self-study learner ({@link
     * Role#LEARNER}: an adult studying on their own, whose progress follows them across devices; never an admin).
     * Both follow {@code lectern.signup}. Every problem of the form is reported at once.
     *
     * @param repeat the password typed a second time
     * @throws AccountException with every problem of the form, or one for the form as a whole (closed, throttled)
     * @throws IllegalArgumentException for any other role
     */
    @Transactional
    public UserRef signUp(
            Role role, String displayName, String loginName, String password, String repeat, String inviteCode) {
        if (role != Role.TEACHER && role != Role.LEARNER) {
            throw new IllegalArgumentException("only teachers and learners sign up: " + role);
        }
        Optional<java.time.Duration> wait = throttle.blocked(AddressThrottle.Kind.SIGN_UP);
        if (wait.isPresent()) {
            throw new AccountException(
                    "account.error.signup-throttled", wait.get().toSeconds());
        }
        // every attempt counts, so guessing invite codes or probing login names is slowed down too
        throttle.record(AddressThrottle.Kind.SIGN_UP);
        List<AccountException.Problem> problems = new ArrayList<>();
        boolean invited = true;
        switch (signUpMode) {
            case CLOSED -> throw new AccountException("account.error.signup-closed");
            case INVITE -> {
                if (this.inviteCode.isEmpty()
                        || inviteCode == null
                        || !constantTimeEquals(inviteCode.trim(), this.inviteCode)) {
                    problems.add(
                            AccountException.Problem.of(AccountException.Field.INVITE, "account.error.invite-invalid"));
                    invited = false;
                }
            }
            case OPEN -> {
                // nothing to check
            }
        }
        String name = collect(problems, () -> validDisplayName(displayName));
        String login = normalizeLogin(loginName);
        if (!LOGIN_NAME.matcher(login).matches()) {
            problems.add(AccountException.Problem.of(AccountException.Field.LOGIN_NAME, "account.error.login-invalid"));
        } else if (invited && users.existsByLoginName(login)) {
            // checked again under the lock below; here so that it is shown with the other problems
            problems.add(AccountException.Problem.of(AccountException.Field.LOGIN_NAME, "account.error.login-taken"));
        }
        collect(problems, () -> {
            checkPassword(password, TEACHER_MIN_PASSWORD, login, name == null ? displayName : name);
            return null;
        });
        if (password != null && !password.equals(repeat)) {
            problems.add(AccountException.Problem.of(AccountException.Field.REPEAT, "account.error.repeat-mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        return saveAccount(name, login, password, role, role == Role.TEACHER);
    }

    /** Runs a check, adding its refusal's problems to the list instead of throwing; null when refused. */
    private static <T> T collect(List<AccountException.Problem> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (AccountException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Creates a teacher account for trusted start-up code (demo mode): the same checks as sign-up, but independent
     * of the sign-up mode, and never an admin.
     *
     * @throws AccountException on invalid input or a taken login name
     */
    @Transactional
    public synchronized UserRef createTeacher(String displayName, String loginName, String password) {
        String name = validDisplayName(displayName);
        String login = normalizeLogin(loginName);
        if (!LOGIN_NAME.matcher(login).matches()) {
            throw new AccountException("account.error.login-invalid");
        }
        checkPassword(password, TEACHER_MIN_PASSWORD, login, name);
        return saveAccount(name, login, password, Role.TEACHER, false);
    }

    /**
     * Whether the current request comes from the server itself (after trusted proxies); no request at all is
     * trusted start-up or test code.
     */
    private static boolean fromThisMachine() {
        return AddressThrottle.currentAddress()
                .map(address -> {
                    // a remote address is always a literal; the check keeps getByName from ever asking DNS
                    if (!address.matches("[0-9A-Fa-f:.]+")) {
                        return false;
                    }
                    try {
                        return InetAddress.getByName(address).isLoopbackAddress();
                    } catch (UnknownHostException notAnAddress) {
                        return false;
                    }
                })
                .orElse(true);
    }

    /** Saves a checked account: name, login and password are valid. */
    private UserRef saveAccount(String name, String login, String password, Role role, boolean mayBeAdmin) {
        // bcrypt before taking the lock, so the lock is held for milliseconds
        String hash = encoder.encode(password);
        users.lockSignUps();
        if (users.existsByLoginName(login)) {
            throw new AccountException("account.error.login-taken");
        }
        // counted under the sign-up lock, so of two simultaneous first sign-ups only one becomes admin
        boolean first = mayBeAdmin && users.count() == 0;
        boolean admin = first && fromThisMachine();
        if (first && !admin) {
            LOG.warn(
                    "The first account '{}' was signed up from another machine, so it is a teacher, not an"
                            + " administrator. To make an account administrator, restart with --lectern.admin=<login>.",
                    login);
        }
        Set<Role> roles = admin ? EnumSet.of(Role.ADMIN, role) : EnumSet.of(role);
        return users.save(new UserEntity(login, name, hash, roles, clock.instant()))
                .toRef();
    }

    /**
     * Creates a student account with a generated, unique, readable login name derived from the display name,
     * e.g. {@code maria-4821}. Callers: a visitor joining with a class code (not signed in) or a teacher creating
     * accounts in bulk; whether the class code or the class is theirs is the classroom service's check, this one
     * refuses a signed-in student (a student never creates accounts).
     *
     * @param password chosen by the student or from {@link #generatePassword()}
     * @throws AccountException on an empty display name or a too short password
     * @throws AccessDeniedException when a signed-in student (and not a teacher or admin) calls it
     */
    @Transactional
    public UserRef createStudent(String displayName, String password) {
        currentUser.get().ifPresent(caller -> {
            if (!caller.has(Role.TEACHER) && !caller.has(Role.ADMIN)) {
                throw new AccessDeniedException("only teachers create student accounts");
            }
        });
        List<AccountException.Problem> problems = newStudentProblems(displayName, password);
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        String name = validDisplayName(displayName);
        String hash = encoder.encode(password);
        synchronized (this) {
            String login = uniqueStudentLogin(name);
            return users.save(new UserEntity(login, name, hash, EnumSet.of(Role.STUDENT), clock.instant()))
                    .toRef();
        }
    }

    /**
     * What is wrong with a new student's display name and password, all at once (empty: nothing). A pure check,
     * so a form can show these problems beside others of its own (a wrong class code).
     */
    public List<AccountException.Problem> newStudentProblems(String displayName, String password) {
        List<AccountException.Problem> problems = new ArrayList<>();
        String name = collect(problems, () -> validDisplayName(displayName));
        collect(problems, () -> {
            checkPassword(password, STUDENT_MIN_PASSWORD, name == null ? displayName : name);
            return null;
        });
        return problems;
    }

    /** A readable random password for printed login cards: three short words and two digits, e.g. {@code owl-lemon-kite-42}. */
    public String generatePassword() {
        return word() + "-" + word() + "-" + word() + "-" + (10 + random.nextInt(90));
    }

    /**
     * The password hash of an account that signs in only through a learning platform (LTI): a bcrypt id with a
     * value that is no bcrypt hash, so no password ever matches it.
     */
    static final String NO_PASSWORD = "{bcrypt}!signs-in-through-a-learning-platform";

    /** The display name of a linked account whose platform sent no usable name. */
    private static final String LINKED_NAME_FALLBACK = "Learner";

    /**
     * Creates an account for someone a learning platform vouches for (an LTI launch): no usable password, so it is
     * signed in only by {@link SessionSignIn#signInLinked}. The display name is cleaned and cut to {@value
     * #MAX_DISPLAY_NAME} characters; a name that is no valid display name becomes a neutral one. The login name is
     * generated ({@code lti-maria-4821}). The linking itself (platform, subject) is the caller's.
     *
     * @param role {@link Role#TEACHER} or {@link Role#STUDENT}
     * @throws IllegalArgumentException for any other role
     */
    @Transactional
    public UserRef createLinked(String displayName, Role role) {
        if (role != Role.TEACHER && role != Role.STUDENT) {
            throw new IllegalArgumentException("linked accounts are teachers or students: " + role);
        }
        String name = linkedName(displayName);
        synchronized (this) {
            String login = uniqueLogin("lti-" + slug(name));
            return users.save(new UserEntity(login, name, NO_PASSWORD, EnumSet.of(role), clock.instant()))
                    .toRef();
        }
    }

    /**
     * Gives an account made by {@link #createLinked} another role (someone who teaches in one course and learns in
     * another). Ordinary accounts are never changed this way.
     *
     * @throws IllegalArgumentException for a role other than teacher or student
     * @throws AccessDeniedException for an account that has a password
     */
    @Transactional
    public UserRef addLinkedRole(long userId, Role role) {
        if (role != Role.TEACHER && role != Role.STUDENT) {
            throw new IllegalArgumentException("linked accounts are teachers or students: " + role);
        }
        UserEntity user = users.findById(userId).orElseThrow(() -> new AccountException("account.error.no-such-user"));
        if (!NO_PASSWORD.equals(user.passwordHash())) {
            throw new AccessDeniedException("not an account of a learning platform");
        }
        user.addRole(role);
        return user.toRef();
    }

    /**
     * Whether the account signs in with a password: false for an account of a learning platform ({@link
     * #createLinked}) and for an unknown id.
     */
    @Transactional(readOnly = true)
    public boolean hasPassword(long userId) {
        return users.findById(userId)
                .map(u -> !NO_PASSWORD.equals(u.passwordHash()))
                .orElse(false);
    }

    /** A platform's name for a person as a display name: cleaned and cut, or a neutral one. */
    public static String linkedName(String displayName) {
        String name = displayName == null
                ? ""
                : Normalizer.normalize(displayName, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_DISPLAY_NAME))
                    .strip();
        }
        try {
            return validDisplayName(name);
        } catch (AccountException invalid) {
            return LINKED_NAME_FALLBACK;
        }
    }

    /** The account with the id, if it exists. */
    @Transactional(readOnly = true)
    public Optional<UserRef> find(long userId) {
        return users.findById(userId).map(UserEntity::toRef);
    }

    /** The account with the login name (case-insensitive), if it exists. */
    @Transactional(readOnly = true)
    public Optional<UserRef> findByLoginName(String loginName) {
        return users.findByLoginName(normalizeLogin(loginName)).map(UserEntity::toRef);
    }

    /**
     * Removes the account's ability to log in. Existing sessions end at their next request or timeout. A teacher
     * may disable student-only accounts (the classroom service checks that the student was created in one of
     * their classes); an admin may disable any account but their own.
     *
     * @throws AccessDeniedException for anyone else, or for a teacher aiming at a teacher or admin account
     */
    @Transactional
    public void disable(long userId) {
        UserRef caller = currentUser.require();
        Optional<UserEntity> user = users.findById(userId);
        boolean admin = caller.has(Role.ADMIN);
        boolean studentOnly =
                user.map(u -> u.roles().equals(Set.of(Role.STUDENT))).orElse(true);
        if (!(admin && caller.id() != userId) && !(caller.has(Role.TEACHER) && studentOnly)) {
            throw new AccessDeniedException("may not disable this account");
        }
        user.ifPresent(UserEntity::disable);
    }

    /**
     * Sets a new password of the signed-in user's own account, or, for an admin, of any account.
     *
     * @throws AccountException when the password is too short for the account's role
     * @throws AccessDeniedException when someone else's password is changed by a non-admin, or nobody is signed in
     */
    @Transactional
    public void changePassword(long userId, String password) {
        UserRef caller = currentUser.require();
        if (caller.id() != userId && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("may only change one's own password");
        }
        UserEntity user = users.findById(userId).orElseThrow(() -> new AccountException("account.error.no-such-user"));
        refuseLinked(user);
        setPassword(user, password);
    }

    /**
     * An account of a learning platform signs in only through the platform: a password given to it would be a second
     * way in that the school's platform does not know of (and a teacher's reset would hand one out).
     */
    private static void refuseLinked(UserEntity user) {
        if (NO_PASSWORD.equals(user.passwordHash())) {
            throw new AccountException("account.error.linked-no-password");
        }
    }

    /**
     * The signed-in user changes their own password: the current one must be right, the new one follows the same
     * rules as at sign-up.
     *
     * @throws AccountException when the current password is wrong or the new one is refused
     * @throws AccessDeniedException when nobody is signed in
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        changeOwnPassword(currentPassword, newPassword, newPassword);
    }

    /**
     * Like {@link #changeOwnPassword(String, String)}, with the new password typed twice; every problem (wrong
     * current password, a refused new one, the two not the same) is reported at once. A one-time password set by
     * {@link #resetPassword} is one no longer once this succeeds.
     *
     * @throws AccountException with every problem of the form
     * @throws AccessDeniedException when nobody is signed in
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeat) {
        UserRef caller = currentUser.require();
        UserEntity user =
                users.findById(caller.id()).orElseThrow(() -> new AccountException("account.error.no-such-user"));
        refuseLinked(user);
        List<AccountException.Problem> problems = new ArrayList<>();
        if (currentPassword == null
                || currentPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || !encoder.matches(currentPassword, user.passwordHash())) {
            problems.add(AccountException.Problem.of(
                    AccountException.Field.CURRENT_PASSWORD, "account.error.current-password-wrong"));
        }
        collect(problems, () -> {
            checkNewPassword(user, newPassword);
            return null;
        });
        if (newPassword != null && !newPassword.equals(repeat)) {
            problems.add(AccountException.Problem.of(AccountException.Field.REPEAT, "account.error.repeat-mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        user.changePasswordHash(encoder.encode(newPassword));
    }

    /**
     * Gives an account a new, generated one-time password and returns it (it exists only in the returned value: show
     * it once, print it on a card). At the next sign-in its owner must choose their own ({@link
     * #mustChangePassword()}). An admin may reset any account but their own (they change it with the current one);
     * a teacher only a student's account, and only through the classroom, which checks that the student is in one
     * of the teacher's classes. Every reset is logged (who reset whose).
     *
     * @throws AccessDeniedException for anyone else, a teacher aiming at a teacher, learner or admin account, or
     *     an admin at their own
     * @throws AccountException when the account does not exist
     */
    @Transactional
    public String resetPassword(long userId) {
        UserRef caller = currentUser.require();
        UserEntity user = users.findById(userId).orElseThrow(() -> new AccountException("account.error.no-such-user"));
        boolean byAdmin = caller.has(Role.ADMIN) && caller.id() != userId;
        boolean byTeacher = caller.has(Role.TEACHER) && user.roles().equals(Set.of(Role.STUDENT));
        if (!byAdmin && !byTeacher) {
            throw new AccessDeniedException("may not reset this account's password");
        }
        refuseLinked(user);
        String password = generatePassword();
        user.changePasswordHash(encoder.encode(password));
        user.requirePasswordChange(true);
        LOG.info(
                "Audit: password of account {} ({}) reset by account {} ({})",
                user.id(),
                user.loginName(),
                caller.id(),
                caller.loginName());
        return password;
    }

    /**
     * Whether the signed-in user signed in with a one-time password from {@link #resetPassword} and has not chosen
     * their own yet; false for a visitor.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser
                .get()
                .flatMap(u -> users.findById(u.id()))
                .map(UserEntity::mustChangePassword)
                .orElse(false);
    }

    /** The shortest password the account may have: students are younger and type on shared school machines. */
    public int minPasswordLength(UserRef user) {
        return user.roles().equals(Set.of(Role.STUDENT)) ? STUDENT_MIN_PASSWORD : TEACHER_MIN_PASSWORD;
    }

    private void setPassword(UserEntity user, String password) {
        checkNewPassword(user, password);
        user.changePasswordHash(encoder.encode(password));
    }

    private void checkNewPassword(UserEntity user, String password) {
        checkPassword(
                password,
                minPasswordLength(user.toRef()),
                user.loginName(),
                user.toRef().displayName());
    }

    /**
     * Makes an existing account an admin; false if there is no such login. Only tests call it (through {@code
     * TestAdmins}); start-up uses {@link #grantConfiguredAdmin}. No user action grants admin.
     */
    @Transactional
    boolean makeAdmin(String loginName) {
        Optional<UserEntity> user = users.findByLoginName(normalizeLogin(loginName));
        user.ifPresent(u -> u.addRole(Role.ADMIN));
        return user.isPresent();
    }

    /** What {@code lectern.admin} did at start-up. */
    enum AdminGrant {
        /** The account is an admin. */
        GRANTED,
        /** There is no account with that login name. */
        NO_ACCOUNT,
        /** The account was signed up after the setting first named it, so it may be anyone's: not made admin. */
        SIGNED_UP_AFTER_SETTING
    }

    /**
     * Makes the account named by {@code lectern.admin} an admin, if it existed before the setting first named it.
     * The first time a login name is named is stored, so an account signed up under that name afterwards (by
     * anyone, anonymously) never becomes admin, at this start or any later one.
     */
    @Transactional
    AdminGrant grantConfiguredAdmin(String loginName) {
        String login = normalizeLogin(loginName);
        Instant named = adminSettings
                .findById(login)
                .orElseGet(() -> adminSettings.save(new AdminSettingEntity(login, clock.instant())))
                .firstNamedAt();
        Optional<UserEntity> user = users.findByLoginName(login);
        if (user.isEmpty()) {
            return AdminGrant.NO_ACCOUNT;
        }
        if (!user.get().createdAt().isBefore(named)) {
            return AdminGrant.SIGNED_UP_AFTER_SETTING;
        }
        user.get().addRole(Role.ADMIN);
        return AdminGrant.GRANTED;
    }

    /** Login names are case-insensitive: they are stored and compared lower-case and trimmed. */
    public static String normalizeLogin(String loginName) {
        return loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
    }

    private static String validDisplayName(String displayName) {
        String name = displayName == null
                ? ""
                : Normalizer.normalize(displayName, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new AccountException("account.error.display-name-required");
        }
        // counted in code points, as people count: an emoji is one character, not two UTF-16 units
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            throw new AccountException("account.error.display-name-too-long", MAX_DISPLAY_NAME);
        }
        // a name with a right-to-left override or invisible characters can read as someone else's (or as nothing)
        // in a teacher's roster; joiners (ZWJ, ZWNJ) stay allowed for emoji sequences and Persian or Indic names
        if (name.codePoints().anyMatch(AccountService::hiddenCharacter)
                || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new AccountException("account.error.display-name-invalid");
        }
        return name;
    }

    private static boolean hiddenCharacter(int c) {
        int type = Character.getType(c);
        // U+2028/U+2029 break a line in CSV exports and some renderers, yet are neither CONTROL nor FORMAT
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || (type == Character.FORMAT && c != 0x200C && c != 0x200D);
    }

    /** Length first, then {@link PasswordRules}: the same for every role, with the account's names. */
    private static void checkPassword(String password, int minLength, String... names) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new AccountException("account.error.password-too-short", minLength);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException("account.error.password-too-long", MAX_PASSWORD_BYTES);
        }
        PasswordRules.refusal(password, names).ifPresent(key -> {
            throw new AccountException(key);
        });
    }

    private String uniqueStudentLogin(String displayName) {
        return uniqueLogin(slug(displayName));
    }

    private String uniqueLogin(String base) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int digits = attempt < 20 ? 1000 + random.nextInt(9000) : 100000 + random.nextInt(900000);
            String login = base + "-" + digits;
            if (!users.existsByLoginName(login)) {
                return login;
            }
        }
        throw new IllegalStateException("no free login name for " + base);
    }

    /** The first word of the name, without accents, lower-case letters and digits only. */
    static String slug(String displayName) {
        String plain = Normalizer.normalize(displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String first = plain.strip().split("\\s+")[0].replaceAll("[^a-z0-9]", "");
        if (first.length() < 2) {
            first = plain.replaceAll("[^a-z0-9]", "");
        }
        if (first.length() < 2) {
            return "student";
        }
        return first.length() > 20 ? first.substring(0, 20) : first;
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
