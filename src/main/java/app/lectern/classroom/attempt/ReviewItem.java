package app.lectern.classroom.attempt;

import java.time.Instant;

/**
 * One open answer waiting for its teacher's review: the latest answer of a student's current attempt to an open
 * question.
 *
 * @param responseId the stored response, to pass to {@link ReviewService#grade}
 * @param studentId the student's account id
 * @param studentName the student's display name
 * @param questionId the question
 * @param number the question's number in the module, from 1 in reading order
 * @param prompt the question's prompt as plain text
 * @param scale the rubric and the points that may be given
 * @param answerText what the student wrote, as plain text (never HTML)
 * @param answeredAt when the student wrote it
 * @param submitted whether the student has submitted the assignment (otherwise the answer may still change)
 */
public record ReviewItem(
        long responseId,
        long studentId,
        String studentName,
        String questionId,
        int number,
        String prompt,
        GradingScale scale,
        String answerText,
        Instant answeredAt,
        boolean submitted) {}
