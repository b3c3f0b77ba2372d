package app.lectern.question.shortanswer;

import app.lectern.content.LearningModule;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code short} type: a few typed words compared with the accepted answers. */
public final class ShortType extends QuestionTypeDefinition<ShortQuestion, ShortAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<ShortQuestion, ShortAnswer> TYPE = new QuestionType<>(new ShortType());

    private ShortType() {
        super(
                "short",
                ShortQuestion.class,
                ShortAnswer.class,
                ShortGrading::grade,
                ShortGrading::keyText,
                ShortGrading::optionFeedback);
    }

    /** The text as typed. */
    @Override
    public String answerText(ShortQuestion question, ShortAnswer answer) {
        return Objects.toString(answer.text(), "");
    }

    /** The text with white space collapsed. */
    @Override
    public String summary(ShortQuestion question, ShortAnswer answer) {
        return ReadableText.orNothing(answer.text());
    }

    @Override
    public ShortAnswer rightAnswer(LearningModule module, ShortQuestion question) {
        return new ShortAnswer(question.accept().getFirst());
    }

    /** A guess that no key accepts. */
    @Override
    public Optional<Function<Random, ShortAnswer>> mistakes(ShortQuestion question) {
        return Optional.of(random -> new ShortAnswer("not sure"));
    }

    /** Nothing to check: any text may be typed. */
    @Override
    public void requireOffered(LearningModule module, ShortQuestion question, ShortAnswer answer) {}

    /** Never shuffled: there are no choices. */
    @Override
    public ShortQuestion shuffled(ShortQuestion question, long seed) {
        return question;
    }
}
