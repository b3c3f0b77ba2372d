package app.lectern.answering;

import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.QuestionTypes;
import app.lectern.scoring.QuestionScore;
import app.lectern.scoring.RetryPolicy;
import app.lectern.scoring.ScoringService;

/**
 * An answer that passed {@link AnswerCheck}, ready to grade and store.
 *
 * @param question the question it answers
 * @param answer the answer
 * @param json the answer as stored
 */
public record CheckedAnswer(Question question, Answer answer, String json) {

    private static final ScoringService SCORING = new ScoringService();

    /** The question type's name, as stored with the response. */
    public String typeName() {
        return QuestionTypes.of(question).name();
    }

    /**
     * Grades the answer through its question type and applies the retry and hint policy.
     *
     * @param creditTry the try whose ceiling applies, from 1
     */
    public QuestionScore grade(int creditTry, boolean hintUsed, RetryPolicy policy) {
        return SCORING.score(question, answer, creditTry, hintUsed, policy);
    }
}
