package app.lectern.question;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How answers are checked before grading and kept in the database (as JSON), the same for self-study and for
 * assignments.
 */
public final class StoredAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredAnswers() {}

    /**
     * Refuses what the learner could not have picked, as the question's type defines it (e.g. a forged highlight pick,
     * or an empty pick of a multiple-choice or highlight question, is refused, not graded).
     *
     * @throws InvalidAnswerException naming the pick
     */
    public static void requireOffered(LearningModule module, Question question, Answer answer) {
        QuestionTypes.of(question).requireOffered(module, question, answer);
    }

    /** The answer as stored. */
    public static String write(Answer answer) {
        if (answer == null) {
            throw new InvalidAnswerException("no answer given");
        }
        try {
            return JSON.writeValueAsString(answer);
        } catch (JacksonException e) {
            throw new InvalidAnswerException("the answer cannot be stored: " + e.getOriginalMessage());
        }
    }

    /** A stored answer, or empty when it no longer fits the question (the module or answer record changed). */
    public static Optional<Answer> read(Question question, String stored) {
        try {
            return Optional.of(JSON.readValue(stored, QuestionTypes.of(question).answerClass()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
