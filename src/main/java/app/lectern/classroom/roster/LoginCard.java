package app.lectern.classroom.roster;

/**
 * The printed login of a student account created in bulk. The password exists only in this value: the database
 * keeps its hash.
 *
 * @param displayName the student's name
 * @param loginName the generated login name
 * @param password the generated password
 */
public record LoginCard(String displayName, String loginName, String password) {}
