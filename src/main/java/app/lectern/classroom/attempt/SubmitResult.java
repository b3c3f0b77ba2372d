package app.lectern.classroom.attempt;

import app.lectern.classroom.FeedbackTiming;
import app.lectern.scoring.ModuleResult;
import java.time.Instant;

/**
 * A submitted assignment.
 *
 * @param submittedAt when it was submitted; a repeated submit returns the first time
 * @param late whether it was submitted after the due date
 * @param answered how many questions the student answered
 * @param questions how many questions the module has
 * @param result the student's score, or {@code null} while the assignment's {@link FeedbackTiming} withholds it
 */
public record SubmitResult(Instant submittedAt, boolean late, int answered, int questions, ModuleResult result) {}
