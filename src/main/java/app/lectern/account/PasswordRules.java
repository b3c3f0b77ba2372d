package app.lectern.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What makes a password too easy to guess, beyond its length (NIST SP 800-63B, 5.1.1.2): one of the 30,000 most
 * common passwords (case-insensitive), one character or a short group repeated ({@code aaaaaaaa}, {@code
 * abcabcabc}), a run of consecutive characters ({@code 12345678}, {@code abcdefgh}, {@code 87654321}), or the
 * account's own login or display name. The same rules for every role.
 */
final class PasswordRules {

    /** The list and where it comes from: {@code common-passwords.NOTICE.txt} next to it. */
    static final String COMMON_PASSWORDS = "common-passwords.txt.gz";

    private PasswordRules() {}

    /** Loaded once, on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(40_000);
            try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS);
                    BufferedReader reader = new BufferedReader(
                            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        passwords.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
            }
            return Set.copyOf(passwords);
        }
    }

    /** How many common passwords are refused. */
    static int commonCount() {
        return Common.PASSWORDS.size();
    }

    /**
     * The message key of the rule the password breaks, or empty if it is acceptable.
     *
     * @param names the account's login and display name (null entries are skipped)
     */
    static Optional<String> refusal(String password, String... names) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of("account.error.password-common");
        }
        if (repeated(lower) || consecutive(lower)) {
            return Optional.of("account.error.password-trivial");
        }
        for (String name : names) {
            if (name != null && !name.isBlank() && lower.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of("account.error.password-is-name");
            }
        }
        return Optional.empty();
    }

    /** One group of up to four characters, repeated: {@code aaaaaaaa}, {@code abababab}, {@code 12341234}. */
    private static boolean repeated(String p) {
        int[] cps = p.codePoints().toArray();
        for (int unit = 1; unit <= 4 && unit < cps.length; unit++) {
            boolean repeats = true;
            for (int i = unit; i < cps.length && repeats; i++) {
                repeats = cps[i] == cps[i - unit];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** Each character one after or one before the previous: {@code 12345678}, {@code abcdefgh}, {@code 98765432}. */
    private static boolean consecutive(String p) {
        int[] cps = p.codePoints().toArray();
        if (cps.length < 2) {
            return false;
        }
        int step = cps[1] - cps[0];
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < cps.length; i++) {
            if (cps[i] - cps[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
