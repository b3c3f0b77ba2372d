package app.lectern.question.numeric;

import app.lectern.content.LearningModule;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code numeric} type: a number within a tolerance. */
public final class NumericType extends QuestionTypeDefinition<NumericQuestion, NumericAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<NumericQuestion, NumericAnswer> TYPE = new QuestionType<>(new NumericType());

    private NumericType() {
        super(
                "numeric",
                NumericQuestion.class,
                NumericAnswer.class,
                NumericGrading::grade,
                NumericGrading::keyText,
                NumericGrading::optionFeedback);
    }

    /** The number without trailing zeros, e.g. {@code "2.5"}. */
    @Override
    public String answerText(NumericQuestion question, NumericAnswer answer) {
        return answer.value() == null ? "" : ReadableText.number(answer.value());
    }

    /** The number with the question's unit, e.g. {@code "3 people"}. */
    @Override
    public String summary(NumericQuestion question, NumericAnswer answer) {
        if (answer.value() == null) {
            return ReadableText.NOTHING;
        }
        String unit = question.unit() == null || question.unit().isBlank()
                ? ""
                : " " + question.unit().strip();
        return ReadableText.number(answer.value()) + unit;
    }

    @Override
    public NumericAnswer rightAnswer(LearningModule module, NumericQuestion question) {
        return new NumericAnswer(question.answer());
    }

    /** A number one to three times just outside the tolerance, below the key when it stays non-negative. */
    @Override
    public Optional<Function<Random, NumericAnswer>> mistakes(NumericQuestion question) {
        return Optional.of(random -> {
            double key = question.answer();
            double off = (question.tolerance() + 1) * (1 + random.nextInt(3));
            return new NumericAnswer(key - off >= 0 && random.nextBoolean() ? key - off : key + off);
        });
    }

    /** Nothing to check: grading refuses what is not a finite number. */
    @Override
    public void requireOffered(LearningModule module, NumericQuestion question, NumericAnswer answer) {}

    /** Never shuffled: there are no choices. */
    @Override
    public NumericQuestion shuffled(NumericQuestion question, long seed) {
        return question;
    }
}
