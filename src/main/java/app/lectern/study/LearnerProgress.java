package app.lectern.study;

import app.lectern.question.Answer;
import java.util.Map;
import java.util.Set;

/**
 * A learner's state in one module, enough to restore the reader after a reload or a restart.
 *
 * @param lastSectionId the section the learner last opened, or {@code null}
 * @param feedback the feedback of the latest response per question id
 * @param answers the latest submitted answer per question id
 * @param hintsTaken ids of questions whose hint was shown
 * @param completedSections ids of sections whose questions are all answered (or visited, if it has none)
 */
public record LearnerProgress(
        String lastSectionId,
        Map<String, Feedback> feedback,
        Map<String, Answer> answers,
        Set<String> hintsTaken,
        Set<String> completedSections) {

    /** Copies the collections. */
    public LearnerProgress {
        feedback = Map.copyOf(feedback);
        answers = Map.copyOf(answers);
        hintsTaken = Set.copyOf(hintsTaken);
        completedSections = Set.copyOf(completedSections);
    }
}
