package app.lectern.account;

/**
 * Published when a password sign-in is refused (for metrics; the throttle keeps its own count). Carries no login
 * name: nothing a guesser typed ends up anywhere.
 *
 * @param reason why it was refused
 */
public record SignInFailed(Reason reason) {

    /** Why a sign-in was refused. */
    public enum Reason {
        /** Unknown login or wrong password (indistinguishable on purpose). */
        BAD_CREDENTIALS,
        /** Too many recent failures for the login or the address: the password was not even checked. */
        THROTTLED,
        /** Anything else (a disabled account, an internal error). */
        OTHER
    }
}
