package app.lectern.classroom.attempt;

import java.time.Instant;

/**
 * Where one student of a class stands with an assignment, as their teacher sees it.
 *
 * @param studentId the student's account id
 * @param displayName the student's name
 * @param startedAt when they first opened the assignment, or {@code null} if they have not
 * @param submittedAt when they submitted it, or {@code null}
 * @param answered how many questions they answered
 * @param points points earned on automatically scored questions (latest answer per question)
 * @param maxPoints the points of all automatically scored questions of the pinned module
 * @param late submitted after the due date, or not submitted and the due date has passed
 */
public record StudentProgress(
        long studentId,
        String displayName,
        Instant startedAt,
        Instant submittedAt,
        int answered,
        double points,
        double maxPoints,
        boolean late) {}
