package app.lectern.study;

import app.lectern.answering.Feedback;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A learner's state in one module, enough to restore the reader after a reload or a restart.
 *
 * @param lastSectionId the section the learner last opened, or {@code null}
 * @param feedback the feedback of the latest response per question id
 * @param answers the latest submitted answer per question id
 * @param hintsTaken ids of questions whose hint was shown
 * @param completedSections ids of sections whose questions are all {@linkplain #finished finished} (or visited, if it
 *     has none)
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

    /**
     * Whether a question no longer waits for the learner: answered, and not a miss they may still try again (an
     * open answer waiting for review counts as finished).
     *
     * @param feedback the feedback on the latest answer, or {@code null} if there is none
     */
    public static boolean finished(Feedback feedback) {
        return feedback != null && (!feedback.canRetry() || feedback.pendingReview());
    }

    /**
     * When a section counts as done, for the reader's navigation and progress: every question in it answered, or,
     * for a section without questions, visited.
     *
     * @param section the section
     * @param answered whether the question with this id has been answered for good (see {@link #finished})
     * @param visited whether the learner has opened the section
     * @return whether the section is done
     */
    public static boolean sectionDone(Section section, Predicate<String> answered, boolean visited) {
        return section.questions().isEmpty()
                ? visited
                : section.questions().stream().allMatch(q -> answered.test(q.id()));
    }
}
