package app.lectern.question;

import app.lectern.content.Question;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One question type: its name in content files, its record, its answer record, its grading and what the learner
 * is shown about the key after submitting.
 *
 * @param name the {@code type:} value in content files
 * @param questionClass the type's question record
 * @param answerClass the type's answer record
 * @param grader grades a response against the key
 * @param keyText the key as plain text a learner can read, e.g. "February 2022"; {@code null} when there is none
 * @param optionFeedback the per-option feedback for what the learner picked, or {@code null} when there is none
 */
public record QuestionType<Q extends Question, A extends Answer>(
        String name,
        Class<Q> questionClass,
        Class<A> answerClass,
        Grader<Q, A> grader,
        Function<Q, String> keyText,
        BiFunction<Q, A, String> optionFeedback) {

    /** A type without key text or option feedback (for tests and experiments). */
    public QuestionType(String name, Class<Q> questionClass, Class<A> answerClass, Grader<Q, A> grader) {
        this(name, questionClass, answerClass, grader, q -> null, (q, a) -> null);
    }

    /** Grades a response, checking that both the question and the answer belong to this type. */
    public Grade grade(Question question, Answer answer) {
        return grader.grade(question(question), answer(answer));
    }

    /** The key of a question of this type as readable plain text, or {@code null}. */
    public String keyText(Question question) {
        return keyText.apply(question(question));
    }

    /**
     * The feedback of the options the learner picked (for choice types), or {@code null} when there is none. Call
     * it after {@link #grade} accepted the answer; picks that are not options are ignored here.
     */
    public String optionFeedback(Question question, Answer answer) {
        return optionFeedback.apply(question(question), answer(answer));
    }

    private Q question(Question question) {
        if (!questionClass.isInstance(question)) {
            throw new IllegalArgumentException("not a " + name + " question: "
                    + (question == null ? "null" : question.getClass().getSimpleName()));
        }
        return questionClass.cast(question);
    }

    private A answer(Answer answer) {
        if (answer == null) {
            throw new InvalidAnswerException("no answer given");
        }
        if (!answerClass.isInstance(answer)) {
            throw new InvalidAnswerException("a " + name + " question takes a " + answerClass.getSimpleName()
                    + ", not a " + answer.getClass().getSimpleName());
        }
        return answerClass.cast(answer);
    }
}
