package app.lectern.classroom.roster;

/**
 * The class a student has just joined.
 *
 * @param classId the class id
 * @param name the class name
 */
public record JoinedClass(long classId, String name) {}
