package app.lectern.question.truefalse;

import app.lectern.content.LearningModule;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code true-false} type: a statement judged true or false. */
public final class TrueFalseType extends QuestionTypeDefinition<TrueFalseQuestion, TrueFalseAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<TrueFalseQuestion, TrueFalseAnswer> TYPE = new QuestionType<>(new TrueFalseType());

    private TrueFalseType() {
        super(
                "true-false",
                TrueFalseQuestion.class,
                TrueFalseAnswer.class,
                TrueFalseGrading::grade,
                TrueFalseGrading::keyText,
                TrueFalseGrading::optionFeedback);
    }

    /** The answer is true or false. */
    @Override
    public int onePickOptions(TrueFalseQuestion question) {
        return 2;
    }

    /** {@code "True"} or {@code "False"}; empty when neither was picked. */
    @Override
    public String answerText(TrueFalseQuestion question, TrueFalseAnswer answer) {
        return answer.value() == null ? "" : word(answer.value());
    }

    /** {@code "True"} or {@code "False"}. */
    @Override
    public String summary(TrueFalseQuestion question, TrueFalseAnswer answer) {
        return answer.value() == null ? ReadableText.NOTHING : word(answer.value());
    }

    @Override
    public TrueFalseAnswer rightAnswer(LearningModule module, TrueFalseQuestion question) {
        return new TrueFalseAnswer(question.answer());
    }

    /** The other value. */
    @Override
    public Optional<Function<Random, TrueFalseAnswer>> mistakes(TrueFalseQuestion question) {
        return Optional.of(random -> new TrueFalseAnswer(!question.answer()));
    }

    /** Nothing to check: there are only two values. */
    @Override
    public void requireOffered(LearningModule module, TrueFalseQuestion question, TrueFalseAnswer answer) {}

    /** Never shuffled: true comes before false. */
    @Override
    public TrueFalseQuestion shuffled(TrueFalseQuestion question, long seed) {
        return question;
    }

    private static String word(boolean value) {
        return value ? "True" : "False";
    }
}
