package app.lectern.classroom.roster;

import java.time.Instant;

/**
 * A student in a class roster.
 *
 * @param studentId the student's account id
 * @param displayName the name they chose or were given
 * @param loginName their login name
 * @param joinedAt when they joined the class
 * @param hasPassword false for an account of a learning platform (LTI), which signs in only through the platform and
 *     so has no password a teacher could reset
 */
public record RosterEntry(
        long studentId, String displayName, String loginName, Instant joinedAt, boolean hasPassword) {}
