package app.lectern.question.open;

import app.lectern.content.LearningModule;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code open} type: a written answer that a teacher grades. */
public final class OpenType extends QuestionTypeDefinition<OpenQuestion, OpenAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<OpenQuestion, OpenAnswer> TYPE = new QuestionType<>(new OpenType());

    private OpenType() {
        super(
                "open",
                OpenQuestion.class,
                OpenAnswer.class,
                OpenGrading::grade,
                OpenGrading::keyText,
                OpenGrading::optionFeedback);
    }

    /** The text as written. */
    @Override
    public String answerText(OpenQuestion question, OpenAnswer answer) {
        return Objects.toString(answer.text(), "");
    }

    /** Always {@code null}: free text is not compared across students. */
    @Override
    public String summary(OpenQuestion question, OpenAnswer answer) {
        return null;
    }

    /** The model answer, which a teacher would grade highly. */
    @Override
    public OpenAnswer rightAnswer(LearningModule module, OpenQuestion question) {
        return new OpenAnswer(question.modelAnswer());
    }

    /** None: a teacher grades it, so there is no automatic mistake. */
    @Override
    public Optional<Function<Random, OpenAnswer>> mistakes(OpenQuestion question) {
        return Optional.empty();
    }

    /** Nothing to check: any text may be written. */
    @Override
    public void requireOffered(LearningModule module, OpenQuestion question, OpenAnswer answer) {}

    /** Never shuffled: there are no choices. */
    @Override
    public OpenQuestion shuffled(OpenQuestion question, long seed) {
        return question;
    }
}
