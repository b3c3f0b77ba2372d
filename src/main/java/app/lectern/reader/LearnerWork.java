package app.lectern.reader;

import app.lectern.answering.Feedback;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.study.LearnerProgress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The learner's work on a module as the reader shows it.
 *
 * @param answers the latest submitted answer per question id
 * @param feedback the feedback per answered question id
 * @param hintsTaken ids of questions whose hint was shown
 * @param completedSections ids of sections to mark as done
 */
public record LearnerWork(
        Map<String, Answer> answers,
        Map<String, Feedback> feedback,
        Set<String> hintsTaken,
        Set<String> completedSections) {

    /** Copies the collections. */
    public LearnerWork {
        answers = Map.copyOf(answers);
        feedback = Map.copyOf(feedback);
        hintsTaken = Set.copyOf(hintsTaken);
        completedSections = Set.copyOf(completedSections);
    }

    /**
     * This work after {@code question} was answered with {@code answer}: a section is done once every question in
     * it is {@linkplain LearnerProgress#finished finished}, and not while a miss in it may still be tried again.
     *
     * @param module the module the question belongs to
     * @param question the question just answered
     * @param answer the answer given
     * @param result its feedback, as stored
     * @return the updated work; this one is unchanged
     */
    public LearnerWork answered(LearningModule module, Question question, Answer answer, Feedback result) {
        Map<String, Answer> newAnswers = new HashMap<>(answers);
        newAnswers.put(question.id(), answer);
        Map<String, Feedback> newFeedback = new HashMap<>(feedback);
        newFeedback.put(question.id(), result);
        Set<String> done = new HashSet<>(completedSections);
        for (Section s : module.sections()) {
            boolean holds = s.questions().stream().anyMatch(q -> q.id().equals(question.id()));
            if (holds) {
                if (LearnerProgress.sectionDone(s, id -> LearnerProgress.finished(newFeedback.get(id)), true)) {
                    done.add(s.id());
                } else {
                    done.remove(s.id());
                }
            }
        }
        return new LearnerWork(newAnswers, newFeedback, hintsTaken, done);
    }
}
