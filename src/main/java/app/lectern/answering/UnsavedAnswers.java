package app.lectern.answering;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.scoring.QuestionScore;
import app.lectern.scoring.RetryPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer pipeline without a store, for an author's preview: the same check, grading, retry policy and key
 * release as self-study, with the responses kept in memory for as long as the preview is open. Nothing a preview
 * answers is saved or counted anywhere. Not thread-safe (one per preview).
 */
public final class UnsavedAnswers {

    private record Response(int tryNo, double points, double maxPoints, double fraction, boolean pending)
            implements StoredResponse {}

    private final LearningModule module;
    private final RetryPolicy policy;
    private final Map<String, List<Response>> responses = new HashMap<>();

    /** A preview of {@code module} under self-study's {@code policy}. */
    public UnsavedAnswers(LearningModule module, RetryPolicy policy) {
        this.module = module;
        this.policy = policy;
    }

    /**
     * Checks and grades an answer and returns its feedback, as self-study would.
     *
     * @throws app.lectern.question.InvalidAnswerException for an answer that does not fit the question
     * @throws AlreadyAnsweredException when the question is settled
     */
    public Feedback submit(Question question, Answer answer) {
        CheckedAnswer checked = AnswerCheck.check(module, question, answer);
        RetryPolicy forQuestion = policy.forQuestion(question);
        Release release = Release.selfStudy(forQuestion);
        List<Response> earlier = responses.computeIfAbsent(question.id(), k -> new ArrayList<>());
        if (!earlier.isEmpty() && KeyRelease.refusesAnotherTry(earlier.getLast(), release)) {
            throw new AlreadyAnsweredException("question '" + question.id() + "' is already answered");
        }
        int tryNo = earlier.size() + 1;
        QuestionScore score = checked.grade(Math.min(tryNo, forQuestion.attemptsPerQuestion()), false, forQuestion);
        Response response = new Response(
                tryNo,
                score.points(),
                score.maxPoints(),
                score.grade().fraction(),
                score.grade().pending());
        earlier.add(response);
        return KeyRelease.feedback(module, question, answer, response, release);
    }
}
