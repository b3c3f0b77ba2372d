package app.lectern.classroom.attempt;

import app.lectern.answering.LatestScores;
import app.lectern.classroom.AssignmentAccess;
import app.lectern.classroom.AssignmentAccess.Pinned;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptStore.AttemptRow;
import app.lectern.content.LearningModule;
import app.lectern.scoring.ModuleResult;
import app.lectern.scoring.ScoringService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's current result at an assignment, as their own result page computes it, for work that runs without a
 * signed-in user (sending grades to a learning platform from a background job). Checks nobody: never call it with
 * ids from a browser.
 */
@Service
@Transactional(readOnly = true)
public class StudentScores {

    private final AssignmentAccess access;
    private final AttemptStore store;
    private final ItemDraw draws;
    private final Clock clock;
    private final ScoringService scoring = new ScoringService();

    StudentScores(AssignmentAccess access, AttemptStore store, ItemDraw draws, Clock clock) {
        this.access = access;
        this.store = store;
        this.draws = draws;
        this.clock = clock;
    }

    /**
     * The student's current result, or empty for an unknown assignment or a student without a current attempt (never
     * started, or reset by the teacher).
     */
    public Optional<StudentScore> current(long assignmentId, long studentId) {
        Optional<Pinned> pinned = access.pinned(assignmentId);
        if (pinned.isEmpty()) {
            return Optional.empty();
        }
        Optional<AttemptRow> attempt = store.currentAttempt(assignmentId, studentId);
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        AttemptRow a = attempt.get();
        LearningModule module = draws.asDrawnFor(pinned.get().module(), assignmentId, studentId);
        ModuleResult result =
                scoring.resultWithTeacherGrading(module, LatestScores.of(module, store.responses(a.id())));
        Instant now = clock.instant();
        boolean everSubmitted = a.submittedAt() != null || a.firstSubmittedAt() != null;
        var assignment = pinned.get().assignment();
        boolean released = assignment.feedbackReleased(everSubmitted, now);
        Instant releasedAt = !released
                        && everSubmitted
                        && assignment.feedbackTiming() == FeedbackTiming.AFTER_DUE
                        && now.isBefore(assignment.dueAt())
                ? assignment.dueAt()
                : null;
        return Optional.of(new StudentScore(
                result.points(),
                result.maxPoints(),
                result.pendingQuestionIds().size(),
                a.submittedAt(),
                everSubmitted,
                released,
                releasedAt));
    }
}
