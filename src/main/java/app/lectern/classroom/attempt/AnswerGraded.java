package app.lectern.classroom.attempt;

/**
 * Published (synchronously, inside the grading transaction) after a teacher graded, or graded again, an open answer
 * of a student's current attempt.
 *
 * @param assignmentId the assignment
 * @param studentId the student whose answer it is
 */
public record AnswerGraded(long assignmentId, long studentId) {}
