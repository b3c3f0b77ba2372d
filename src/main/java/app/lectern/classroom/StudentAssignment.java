package app.lectern.classroom;

/**
 * An open assignment as one student sees it.
 *
 * @param assignment the assignment
 * @param status where the student stands with it
 * @param answered how many questions the student has answered in their current attempt
 * @param questions how many questions the pinned module has
 */
public record StudentAssignment(Assignment assignment, AssignmentStatus status, int answered, int questions) {}
