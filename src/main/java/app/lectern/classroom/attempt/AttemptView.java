package app.lectern.classroom.attempt;

import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.content.LearningModule;
import app.lectern.question.Answer;
import app.lectern.scoring.ModuleResult;
import java.time.Instant;
import java.util.Map;

/**
 * Everything needed to show a student their work on an assignment.
 *
 * @param assignment the assignment
 * @param module the module as it was pinned when assigned (the snapshot answers are graded against)
 * @param lastSectionId the section the student last opened, or {@code null}
 * @param answers the student's latest answer per question id
 * @param feedback the feedback per answered question id, as far as the assignment's {@link FeedbackTiming} allows
 *     now: while it is withheld an entry only says the answer was saved (no score, correctness, key or explanation)
 * @param startedAt when the student first opened the assignment, or {@code null} if they have not started it
 * @param submittedAt when the student submitted, or {@code null}
 * @param feedbackShown whether feedback is shown now; when {@code false} the feedback entries are "saved" only
 * @param acceptsAnswers whether the student may still answer and submit (not submitted, not closed by the due date)
 * @param result the student's score, or {@code null} while feedback is withheld
 * @param attemptId the attempt's id (the scope of the student's notes), or {@code null} if there is none (late
 *     work closed before the student started)
 */
public record AttemptView(
        Assignment assignment,
        LearningModule module,
        String lastSectionId,
        Map<String, Answer> answers,
        Map<String, Feedback> feedback,
        Instant startedAt,
        Instant submittedAt,
        boolean feedbackShown,
        boolean acceptsAnswers,
        ModuleResult result,
        Long attemptId) {

    /** Copies the maps. */
    public AttemptView {
        answers = Map.copyOf(answers);
        feedback = Map.copyOf(feedback);
    }

    /** Whether the student has submitted the assignment. */
    public boolean submitted() {
        return submittedAt != null;
    }
}
