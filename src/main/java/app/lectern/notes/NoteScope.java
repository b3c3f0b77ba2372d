package app.lectern.notes;

import app.lectern.content.LearningModule;
import java.util.Objects;
import java.util.UUID;

/**
 * Whose notes, in which module, where: self-study ({@code attemptId} null) or one assignment attempt. Built by the
 * reader from server-side values (the current learner, the module it shows, the attempt its mode opened), never
 * from what a browser sent.
 *
 * @param learner the learner
 * @param module the module read (in an assignment, its pinned snapshot)
 * @param attemptId the assignment attempt, or {@code null} in self-study
 */
public record NoteScope(UUID learner, LearningModule module, Long attemptId) {

    /** Checks that learner and module are given. */
    public NoteScope {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(module, "module");
    }
}
