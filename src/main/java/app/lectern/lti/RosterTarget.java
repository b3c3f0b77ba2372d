package app.lectern.lti;

/**
 * What a roster sync needs of the launch side: the Lectern account linked to a platform user (made when missing, as a
 * launch would make it), and a place in a class. Implemented by the launch side, which owns account links.
 */
public interface RosterTarget {

    /**
     * The account linked to this platform user, made (without a password, like a launch makes one) when there is none.
     *
     * @param subject the platform's user id, 1 to 255 characters (checked by the caller)
     * @param name the name the platform gave, or {@code null}; at most 200 characters (checked by the caller)
     * @param instructor whether the platform lists the user as an instructor
     * @return the account's id
     */
    long linkedAccount(long registrationId, String subject, String name, boolean instructor);

    /**
     * Puts a student account in the class; a student already in it stays as they are.
     *
     * @return whether the student was added (false when already in the class)
     */
    boolean enrol(long classId, long userId);
}
