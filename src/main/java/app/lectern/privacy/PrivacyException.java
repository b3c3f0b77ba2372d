package app.lectern.privacy;

/** A privacy request that cannot be carried out, with a message saying why. */
public class PrivacyException extends RuntimeException {

    /** With the reason, in English, for logs and administrators. */
    public PrivacyException(String message) {
        super(message);
    }
}
