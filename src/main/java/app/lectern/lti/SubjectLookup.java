package app.lectern.lti;

import java.util.Optional;

/**
 * The platform's user id ({@code sub} of its launches) of a Lectern account linked through a registration: what a
 * score's {@code userId} must be. Implemented by the launch side, which keeps the links of (issuer, subject) to
 * accounts.
 */
public interface SubjectLookup {

    /** The subject of this account at this registration's platform, or empty when the account is not linked there. */
    Optional<String> subject(long registrationId, long userId);
}
