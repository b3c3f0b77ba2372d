package app.lectern.question.single;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.OptionOrder;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code single} type: one right option among several. */
public final class SingleType extends QuestionTypeDefinition<SingleQuestion, SingleAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<SingleQuestion, SingleAnswer> TYPE = new QuestionType<>(new SingleType());

    private SingleType() {
        super(
                "single",
                SingleQuestion.class,
                SingleAnswer.class,
                SingleGrading::grade,
                SingleGrading::keyText,
                SingleGrading::optionFeedback);
    }

    /** The picked option's text, e.g. {@code "Kyiv"}. */
    @Override
    public String answerText(SingleQuestion question, SingleAnswer answer) {
        int i = Option.indexOf(question.options(), answer.optionId());
        return i < 0
                ? String.valueOf(answer.optionId())
                : Markdown.plainText(question.options().get(i).text());
    }

    /** The picked option with its label, e.g. {@code "b) US officials"}. */
    @Override
    public String summary(SingleQuestion question, SingleAnswer answer) {
        int i = Option.indexOf(question.options(), answer.optionId());
        if (i >= 0) {
            return Option.labelled(question.options(), i);
        }
        return answer.optionId() == null ? ReadableText.NOTHING : answer.optionId();
    }

    /** The answer is one of the options. */
    @Override
    public int onePickOptions(SingleQuestion question) {
        return question.options().size();
    }

    @Override
    public SingleAnswer rightAnswer(LearningModule module, SingleQuestion question) {
        return new SingleAnswer(question.answer());
    }

    /** Another option, picked at random. */
    @Override
    public Optional<Function<Random, SingleAnswer>> mistakes(SingleQuestion question) {
        List<String> wrong = question.options().stream()
                .map(Option::id)
                .filter(id -> !id.equals(question.answer()))
                .toList();
        return Optional.of(random -> new SingleAnswer(wrong.get(random.nextInt(wrong.size()))));
    }

    /** Nothing to check: grading refuses an id that is not an option. */
    @Override
    public void requireOffered(LearningModule module, SingleQuestion question, SingleAnswer answer) {}

    /** The options shuffled. */
    @Override
    public SingleQuestion shuffled(SingleQuestion question, long seed) {
        return new SingleQuestion(question.base(), OptionOrder.shuffle(question.options(), seed), question.answer());
    }
}
