package app.lectern.notes;

/**
 * A highlight or note the service refused: unknown section, quote not in the text, too long, a cap reached, too
 * fast, or a note that is not the learner's. Carries the translation key (bundle {@code i18n/notes}) of the message
 * the reader shows and its arguments; nothing was stored.
 */
public class NoteRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    /** A refusal with the message of this key, formatted with these arguments. */
    public NoteRefusedException(String key, Object... args) {
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
