package app.lectern.classroom;

/**
 * An open assignment as one student sees it.
 *
 * @param assignment the assignment
 * @param status where the student stands with it
 */
public record StudentAssignment(Assignment assignment, AssignmentStatus status) {}
