package app.lectern.reading;

import java.util.List;

/**
 * A reading setting out of its range or with an unknown value, as a hostile browser could send it. Carries an i18n
 * key and its arguments for the view, and an English message for logs and tests.
 */
public final class ReadingSettingsException extends IllegalArgumentException {

    private final String key;
    private final List<Object> args;

    ReadingSettingsException(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = List.of(args);
    }

    /** The i18n key of the message, in the {@code reading} bundle. */
    public String key() {
        return key;
    }

    /** The arguments of the message. */
    public Object[] args() {
        return args.toArray();
    }
}
