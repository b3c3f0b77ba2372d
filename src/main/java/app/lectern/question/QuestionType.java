package app.lectern.question;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One registered question type, usable with any {@link Question} and {@link Answer}: it checks that both belong to
 * the type and hands them to the type's {@link QuestionTypeDefinition}.
 */
public final class QuestionType<Q extends Question, A extends Answer> {

    private final QuestionTypeDefinition<Q, A> definition;

    /** Registers a type's definition. */
    public QuestionType(QuestionTypeDefinition<Q, A> definition) {
        this.definition = definition;
    }

    /** The {@code type:} value in content files. */
    public String name() {
        return definition.name();
    }

    /** The type's question record. */
    public Class<Q> questionClass() {
        return definition.questionClass();
    }

    /** The type's answer record. */
    public Class<A> answerClass() {
        return definition.answerClass();
    }

    /** Grades a response, checking that both the question and the answer belong to this type. */
    public Grade grade(Question question, Answer answer) {
        return definition.grade(question(question), answer(answer));
    }

    /** The key of a question of this type as readable plain text, or {@code null}. */
    public String keyText(Question question) {
        return definition.keyText(question(question));
    }

    /**
     * The feedback of the options the learner picked (for choice types), or {@code null} when there is none. Call
     * it after {@link #grade} accepted the answer; picks that are not options are ignored here.
     */
    public String optionFeedback(Question question, Answer answer) {
        return definition.optionFeedback(question(question), answer(answer));
    }

    /**
     * Whether each part of the answer is right; empty for a type whose answer is one thing. Call it after
     * {@link #grade} accepted the answer. It reveals the key: only the answer pipeline decides what may be shown.
     */
    public List<PartVerdict> parts(Question question, Answer answer) {
        return definition.parts(question(question), answer(answer));
    }

    /** A stored answer in full as plain text a teacher can read. */
    public String answerText(Question question, Answer answer) {
        return definition.answerText(question(question), answer(answer));
    }

    /** The answer in one line for the item analysis, or {@code null} when this type's answers are not compared. */
    public String summary(Question question, Answer answer) {
        return definition.summary(question(question), answer(answer));
    }

    /** An answer that earns full marks (or, for a teacher-graded type, a sensible one). */
    public Answer rightAnswer(LearningModule module, Question question) {
        return definition.rightAnswer(module, question(question));
    }

    /**
     * A right or a plausible wrong answer, for demo students; empty when the type has no plausible mistake (demo
     * students skip such questions). A right answer takes nothing from {@code random}.
     */
    public Optional<Answer> sampleAnswer(LearningModule module, Question question, boolean right, Random random) {
        Q q = question(question);
        return definition.mistakes(q).map(wrong -> right ? definition.rightAnswer(module, q) : wrong.apply(random));
    }

    /**
     * Refuses what the learner could not have picked. An answer of another type is left to {@link #grade}, which
     * refuses it.
     *
     * @throws InvalidAnswerException naming the pick
     */
    public void requireOffered(LearningModule module, Question question, Answer answer) {
        if (answerClass().isInstance(answer)) {
            definition.requireOffered(module, question(question), answerClass().cast(answer));
        }
    }

    /** How many options an answer picks exactly one of; 0 when the answer is not one pick out of a list. */
    public int onePickOptions(Question question) {
        return definition.onePickOptions(question(question));
    }

    /** The question with its choices in an order fixed by {@code seed}, or as it is when it has none to shuffle. */
    public Question shuffled(Question question, long seed) {
        return definition.shuffled(question(question), seed);
    }

    private Q question(Question question) {
        if (!questionClass().isInstance(question)) {
            throw new IllegalArgumentException("not a " + name() + " question: "
                    + (question == null ? "null" : question.getClass().getSimpleName()));
        }
        return questionClass().cast(question);
    }

    private A answer(Answer answer) {
        if (answer == null) {
            throw new InvalidAnswerException("no answer given");
        }
        if (!answerClass().isInstance(answer)) {
            throw new InvalidAnswerException(
                    "a " + name() + " question takes a " + answerClass().getSimpleName() + ", not a "
                            + answer.getClass().getSimpleName());
        }
        return answerClass().cast(answer);
    }
}
