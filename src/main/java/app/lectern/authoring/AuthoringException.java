package app.lectern.authoring;

import java.util.Arrays;

/** A refused authoring operation; the message key and arguments give the user-facing, translated reason. */
public class AuthoringException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    /** Creates the exception for a translation key and its arguments. */
    public AuthoringException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The translation key of the reason. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of the translated reason. */
    public Object[] args() {
        return args.clone();
    }
}
