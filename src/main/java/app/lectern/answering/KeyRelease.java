package app.lectern.answering;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.Grade;
import app.lectern.question.PartVerdict;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.open.OpenQuestion;
import java.util.List;

/**
 * The one rule for what a learner may see of a question after answering it, in self-study and in assignments.
 *
 * <ul>
 *   <li>While feedback is withheld, only that the answer was saved and how many tries are left: no score,
 *       correctness, option feedback, explanation, key, model answer or evidence.
 *   <li>Once released, score and correctness. Option feedback of an answer that is one pick out of a list (single
 *       choice, true-false) too: its verdict already says whether the pick is right. Option feedback of an answer
 *       that picks several (multiple choice) only once the question is settled: ticking every option would
 *       otherwise be told which ones are wrong, and the next try ticks the rest.
 *   <li>Explanation, key text, model answer and evidence only when the question is <em>settled</em> (no tries
 *       left): answered right, waiting for or given a review, out of tries, or closed by the submit or the due date.
 *       Evidence points at the answer, so it waits too.
 *       None of these, nor option feedback, while the release holds the key back ({@link Release#keyHeldBack()}).
 *   <li>Of an answer with several parts (categorize, match, multiple choice, cloze, highlight), once released, how
 *       many parts are right; which ones only when the key text could be shown too (settled, key not held back):
 *       the verdicts of the parts are the key to whatever the learner picked.
 *   <li>A right or reviewed answer, or one waiting for review, stands and takes no further try, unless a teacher
 *       granted a try after it. In an assignment an open answer waiting for review does not stand while the attempt
 *       takes answers: the essay can be revised until it is submitted, and its model answer is not released on
 *       its first Check.
 * </ul>
 */
public final class KeyRelease {

    private KeyRelease() {}

    /**
     * Whether a response stands, once feedback is shown: an open answer (waiting for review or reviewed) or a fully
     * right one, unless a try was granted after it.
     */
    public static boolean stands(StoredResponse response, Release release) {
        boolean revisable = response.pending() && release.openAnswersRevisable() && !release.closed();
        boolean stands = (response.pending() && !revisable)
                || response.reviewed()
                || response.grade().fullyRight();
        return stands && !release.tryGrantedAfter();
    }

    /** How many more tries the learner has at the question after this response. */
    public static int triesLeft(StoredResponse response, Release release) {
        boolean over = release.closed() || (release.feedbackReleased() && stands(response, release));
        return over ? 0 : Math.max(0, release.triesAllowed() - response.tryNo());
    }

    /**
     * Whether another answer to the question must be refused after this latest response: its tries are used up,
     * or its feedback is shown and it stands. (A closed assignment refuses answers before this is asked.)
     */
    public static boolean refusesAnotherTry(StoredResponse latest, Release release) {
        return latest.tryNo() >= release.triesAllowed() || (release.feedbackReleased() && stands(latest, release));
    }

    /**
     * The feedback of a stored response, with as much of the key as the rule releases.
     *
     * @param module the module the question is part of (for the evidence)
     * @param answer the stored answer (for the option feedback)
     */
    public static Feedback feedback(
            LearningModule module, Question question, Answer answer, StoredResponse response, Release release) {
        int left = triesLeft(response, release);
        if (!release.feedbackReleased()) {
            return new Feedback(
                    question.id(),
                    0,
                    response.maxPoints(),
                    false,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    response.tryNo(),
                    left,
                    null,
                    false,
                    null);
        }
        QuestionType<?, ?> type = QuestionTypes.of(question);
        Grade grade = response.grade();
        boolean correct = grade.fullyRight();
        boolean settled = left == 0 && !release.keyHeldBack();
        return new Feedback(
                question.id(),
                response.points(),
                response.maxPoints(),
                correct,
                !correct && !grade.pending() && grade.fraction() > 0,
                grade.pending(),
                settled ? question.base().explanation() : null,
                !release.keyHeldBack() && (settled || type.onePickOptions(question) > 0)
                        ? type.optionFeedback(question, answer)
                        : null,
                settled && question.autoScored() ? type.keyText(question) : null,
                settled && question instanceof OpenQuestion open ? open.modelAnswer() : null,
                settled ? module.evidenceOf(question).orElse(null) : null,
                response.tryNo(),
                left,
                response.reviewed() ? response.teacherComment() : null,
                response.hintUsed(),
                partResults(type, question, answer, grade, settled));
    }

    private static PartResults partResults(
            QuestionType<?, ?> type, Question question, Answer answer, Grade grade, boolean settled) {
        if (grade.pending()) {
            return null;
        }
        List<PartVerdict> parts = type.parts(question, answer);
        return parts.isEmpty() ? null : PartResults.of(parts, settled);
    }
}
