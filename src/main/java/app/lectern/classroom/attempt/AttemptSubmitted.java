package app.lectern.classroom.attempt;

/**
 * Published (synchronously, inside the submit's transaction) when a student's submit finalised their attempt: the first
 * submit, or a submit again after a teacher's grant reopened it; a repeated click publishes nothing.
 *
 * @param assignmentId the assignment
 * @param studentId the student's account id
 */
public record AttemptSubmitted(long assignmentId, long studentId) {}
