package app.lectern.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
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

    /** Minimum password length of teachers and admins. */
    public static final int TEACHER_MIN_PASSWORD = 10;

    /** Minimum password length of students. */
    public static final int STUDENT_MIN_PASSWORD = 8;

    /** bcrypt only looks at the first 72 bytes; longer passwords are refused rather than silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern LOGIN_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MAX_DISPLAY_NAME = 80;

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
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SignUpMode signUpMode;
    private final String inviteCode;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            UserRepository users,
            PasswordEncoder encoder,
            Optional<Clock> clock,
            @Value("${lectern.signup:open}") String signUpMode,
            @Value("${lectern.invite-code:}") String inviteCode) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock.orElse(Clock.systemUTC());
        this.signUpMode = SignUpMode.parse(signUpMode);
        this.inviteCode = inviteCode == null ? "" : inviteCode.trim();
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
     * Signs up a teacher. The very first account of the installation also gets ADMIN.
     *
     * @throws AccountException with a user-facing message key on invalid input, a taken login name, a wrong
     *     invite code, or when sign-up is closed
     */
    @Transactional
    public synchronized UserRef signUpTeacher(
            String displayName, String loginName, String password, String inviteCode) {
        switch (signUpMode) {
            case CLOSED -> throw new AccountException("account.error.signup-closed");
            case INVITE -> {
                if (this.inviteCode.isEmpty()
                        || inviteCode == null
                        || !constantTimeEquals(inviteCode.trim(), this.inviteCode)) {
                    throw new AccountException("account.error.invite-invalid");
                }
            }
            case OPEN -> {
                // nothing to check
            }
        }
        boolean first = users.count() == 0;
        return saveTeacher(displayName, loginName, password, first);
    }

    /**
     * Creates a teacher account for trusted start-up code (demo mode): the same checks as sign-up, but independent
     * of the sign-up mode, and never an admin.
     *
     * @throws AccountException on invalid input or a taken login name
     */
    @Transactional
    public synchronized UserRef createTeacher(String displayName, String loginName, String password) {
        return saveTeacher(displayName, loginName, password, false);
    }

    private UserRef saveTeacher(String displayName, String loginName, String password, boolean admin) {
        String name = validDisplayName(displayName);
        String login = normalizeLogin(loginName);
        if (!LOGIN_NAME.matcher(login).matches()) {
            throw new AccountException("account.error.login-invalid");
        }
        checkPassword(password, TEACHER_MIN_PASSWORD);
        if (users.existsByLoginName(login)) {
            throw new AccountException("account.error.login-taken");
        }
        Set<Role> roles = admin ? EnumSet.of(Role.ADMIN, Role.TEACHER) : EnumSet.of(Role.TEACHER);
        return users.save(new UserEntity(login, name, encoder.encode(password), roles, clock.instant()))
                .toRef();
    }

    /**
     * Creates a student account with a generated, unique, readable login name derived from the display name,
     * e.g. {@code maria-4821}. Authorisation (class code or teacher ownership) is the caller's job: the
     * classroom service is the only caller.
     *
     * @param password chosen by the student or from {@link #generatePassword()}
     * @throws AccountException on an empty display name or a too short password
     */
    @Transactional
    public synchronized UserRef createStudent(String displayName, String password) {
        String name = validDisplayName(displayName);
        checkPassword(password, STUDENT_MIN_PASSWORD);
        String login = uniqueStudentLogin(name);
        return users.save(new UserEntity(
                        login, name, encoder.encode(password), EnumSet.of(Role.STUDENT), clock.instant()))
                .toRef();
    }

    /** A readable random password for printed login cards: three short words and two digits, e.g. {@code owl-lemon-kite-42}. */
    public String generatePassword() {
        return word() + "-" + word() + "-" + word() + "-" + (10 + random.nextInt(90));
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

    /** Removes the account's ability to log in. Existing sessions end at their next request or timeout. */
    @Transactional
    public void disable(long userId) {
        users.findById(userId).ifPresent(UserEntity::disable);
    }

    /**
     * Sets a new password, e.g. when a teacher reprints a student's card.
     *
     * @throws AccountException when the password is too short for the account's role
     */
    @Transactional
    public void changePassword(long userId, String password) {
        UserEntity user = users.findById(userId).orElseThrow(() -> new AccountException("account.error.no-such-user"));
        boolean studentOnly = user.roles().equals(Set.of(Role.STUDENT));
        checkPassword(password, studentOnly ? STUDENT_MIN_PASSWORD : TEACHER_MIN_PASSWORD);
        user.changePasswordHash(encoder.encode(password));
    }

    /** Makes an existing account an admin (property {@code lectern.admin}); false if there is no such login. */
    @Transactional
    public boolean makeAdmin(String loginName) {
        Optional<UserEntity> user = users.findByLoginName(normalizeLogin(loginName));
        user.ifPresent(u -> u.addRole(Role.ADMIN));
        return user.isPresent();
    }

    /** Login names are case-insensitive: they are stored and compared lower-case and trimmed. */
    public static String normalizeLogin(String loginName) {
        return loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
    }

    private static String validDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new AccountException("account.error.display-name-required");
        }
        if (name.length() > MAX_DISPLAY_NAME) {
            throw new AccountException("account.error.display-name-too-long", MAX_DISPLAY_NAME);
        }
        return name;
    }

    private static void checkPassword(String password, int minLength) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new AccountException("account.error.password-too-short", minLength);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException("account.error.password-too-long", MAX_PASSWORD_BYTES);
        }
    }

    private String uniqueStudentLogin(String displayName) {
        String base = slug(displayName);
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
