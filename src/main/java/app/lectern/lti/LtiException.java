package app.lectern.lti;

/**
 * A refusal of the LTI feature: a registration form with a bad value, or a launch, deep link or service call that
 * failed a check. Carries the translation key (bundle {@code i18n/lti}) of the message to show and its arguments;
 * nothing was changed.
 */
public class LtiException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    /** A refusal with the message of this key, formatted with these arguments. */
    public LtiException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    /** The translation key of the message. */
    public String key() {
        return key;
    }

    /** The message's arguments. */
    public Object[] args() {
        return args.clone();
    }
}
