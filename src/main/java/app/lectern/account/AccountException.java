package app.lectern.account;

import java.util.Arrays;
import java.util.List;

/**
 * A refused account operation; the message key and arguments give the user-facing, translated reason. A form's
 * check refuses with every problem at once ({@link #problems()}), each naming the field it is about, so a form can
 * show them all together; {@link #messageKey()} and {@link #args()} are those of the first.
 */
public class AccountException extends RuntimeException {

    /** The form field a problem is about. */
    public enum Field {
        /** The display name. */
        DISPLAY_NAME,
        /** The login name. */
        LOGIN_NAME,
        /** The (new) password. */
        PASSWORD,
        /** The repeated new password. */
        REPEAT,
        /** The current password, when changing it. */
        CURRENT_PASSWORD,
        /** The invite code of invite-only sign-up. */
        INVITE,
        /** No single field: the form as a whole (sign-up closed, throttled, …). */
        FORM
    }

    /**
     * One reason of a refusal.
     *
     * @param field the field it is about
     * @param messageKey the translation key
     * @param args the translation's arguments
     */
    public record Problem(Field field, String messageKey, List<Object> args) {

        /** Copies the arguments. */
        public Problem {
            args = List.copyOf(args);
        }

        /** A problem with its arguments. */
        public static Problem of(Field field, String messageKey, Object... args) {
            return new Problem(field, messageKey, List.of(args));
        }
    }

    private final List<Problem> problems;

    /** Creates the exception for a translation key and its arguments. */
    public AccountException(String messageKey, Object... args) {
        this(List.of(Problem.of(fieldOf(messageKey), messageKey, args)));
    }

    /**
     * Creates the exception for one or more problems.
     *
     * @throws IllegalArgumentException when there are none
     */
    public AccountException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The translation key of the (first) reason. */
    public String messageKey() {
        return problems.getFirst().messageKey();
    }

    /** The arguments of the (first) translated reason. */
    public Object[] args() {
        return problems.getFirst().args().toArray();
    }

    /** Every reason, in the order of the form's fields. */
    public List<Problem> problems() {
        return problems;
    }

    /** The field a single message is about, read from its key (the keys name it). */
    static Field fieldOf(String messageKey) {
        if (messageKey.contains("current-password")) {
            return Field.CURRENT_PASSWORD;
        }
        if (messageKey.contains("repeat")) {
            return Field.REPEAT;
        }
        if (messageKey.contains("display-name")) {
            return Field.DISPLAY_NAME;
        }
        if (messageKey.contains("login")) {
            return Field.LOGIN_NAME;
        }
        if (messageKey.contains("password")) {
            return Field.PASSWORD;
        }
        if (messageKey.contains("invite")) {
            return Field.INVITE;
        }
        return Field.FORM;
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        return problems.stream()
                .map(p -> p.messageKey() + Arrays.toString(p.args().toArray()))
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }
}
