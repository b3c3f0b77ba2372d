package app.lectern.question;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything one question type provides, typed to its records: each type folder extends it once (e.g.
 * {@code SingleType}) and {@link QuestionTypes} registers it. What the learner is shown (grading, key text, option
 * feedback) comes from the type's {@code *Grading} class; every other part is an abstract method, so a new type
 * that forgets one does not compile, and a type without something (no shuffling, nothing to check) says so in its
 * own method.
 *
 * @param <Q> the type's question record
 * @param <A> the type's answer record
 */
public abstract class QuestionTypeDefinition<Q extends Question, A extends Answer> {

    private final String name;
    private final Class<Q> questionClass;
    private final Class<A> answerClass;
    private final Grader<Q, A> grader;
    private final Function<Q, String> keyText;
    private final BiFunction<Q, A, String> optionFeedback;

    /**
     * Defines a type.
     *
     * @param name the {@code type:} value in content files
     * @param grader grades a response against the key; throws {@link InvalidAnswerException} for a response of the
     *     wrong shape
     * @param keyText the key as plain text a learner can read, e.g. "February 2022"; {@code null} when there is none
     * @param optionFeedback the feedback of the options the learner picked, or {@code null} when there is none
     */
    protected QuestionTypeDefinition(
            String name,
            Class<Q> questionClass,
            Class<A> answerClass,
            Grader<Q, A> grader,
            Function<Q, String> keyText,
            BiFunction<Q, A, String> optionFeedback) {
        this.name = name;
        this.questionClass = questionClass;
        this.answerClass = answerClass;
        this.grader = grader;
        this.keyText = keyText;
        this.optionFeedback = optionFeedback;
    }

    /** The {@code type:} value in content files. */
    public final String name() {
        return name;
    }

    /** The type's question record. */
    public final Class<Q> questionClass() {
        return questionClass;
    }

    /** The type's answer record. */
    public final Class<A> answerClass() {
        return answerClass;
    }

    /** Grades a response against the key; throws {@link InvalidAnswerException} for a response of the wrong shape. */
    public final Grade grade(Q question, A answer) {
        return grader.grade(question, answer);
    }

    /** The key as plain text a learner can read; {@code null} when there is none. */
    public final String keyText(Q question) {
        return keyText.apply(question);
    }

    /** The feedback of the options the learner picked, or {@code null} when there is none. */
    public final String optionFeedback(Q question, A answer) {
        return optionFeedback.apply(question, answer);
    }

    /**
     * How many options an answer picks exactly one of (single choice: its options; true-false: two), or 0 for a type
     * whose answer is not one pick out of a list (the default). Such an answer's verdict already says whether the one
     * pick is right, and guessing through k options finds the key within k tries: the answer pipeline uses this for
     * option feedback ({@code KeyRelease}) and the tries allowed ({@code RetryPolicy#forQuestion}).
     */
    public int onePickOptions(Q question) {
        return 0;
    }

    /**
     * Whether each part of an answer is right, for a type whose answer has several parts graded one by one
     * (categorize items, match pairs, options of a multiple choice, blanks, highlighted sentences); empty (the
     * default) for a type whose answer is one thing. Call it after {@link #grade} accepted the answer. Everything
     * here reveals the key: the answer pipeline ({@code KeyRelease}) decides what of it may be shown.
     */
    public List<PartVerdict> parts(Q question, A answer) {
        return List.of();
    }

    /** A stored answer in full as plain text a teacher can read: texts the student saw, never ids. */
    public abstract String answerText(Q question, A answer);

    /**
     * The answer in one line, in the style of the key text, for the item analysis to count and show as the most
     * given wrong answer; {@code null} when answers of this type are not compared across students.
     */
    public abstract String summary(Q question, A answer);

    /** An answer that earns full marks (or, for a teacher-graded type, a sensible one), as the inputs would send it. */
    public abstract A rightAnswer(LearningModule module, Q question);

    /**
     * How to make a plausible wrong answer from a random source, or empty when the type has no cheap mistake to make
     * (demo students then skip its questions).
     */
    public abstract Optional<Function<Random, A>> mistakes(Q question);

    /**
     * Refuses what the learner could not have picked (an empty pick, a sentence the section does not have), before
     * grading; does nothing for types whose grading already refuses every unknown choice.
     *
     * @throws InvalidAnswerException naming the pick
     */
    public abstract void requireOffered(LearningModule module, Q question, A answer);

    /**
     * The question as shown when an assignment asks for shuffled choices, fixed by {@code seed}; only the display
     * order may change, never ids or the key. Types without choices to shuffle return the question as it is.
     */
    public abstract Q shuffled(Q question, long seed);
}
