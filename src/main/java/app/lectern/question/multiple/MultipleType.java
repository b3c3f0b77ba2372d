package app.lectern.question.multiple;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import app.lectern.question.OptionOrder;
import app.lectern.question.PartVerdict;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/** The {@code multiple} type: one or more right options, right picks minus wrong picks. */
public final class MultipleType extends QuestionTypeDefinition<MultipleQuestion, MultipleAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<MultipleQuestion, MultipleAnswer> TYPE = new QuestionType<>(new MultipleType());

    private MultipleType() {
        super(
                "multiple",
                MultipleQuestion.class,
                MultipleAnswer.class,
                MultipleGrading::grade,
                MultipleGrading::keyText,
                MultipleGrading::optionFeedback);
    }

    /** See {@link MultipleGrading#parts}. */
    @Override
    public List<PartVerdict> parts(MultipleQuestion question, MultipleAnswer answer) {
        return MultipleGrading.parts(question, answer);
    }

    /** The picked options' texts, one line each, in the order of the options. */
    @Override
    public String answerText(MultipleQuestion question, MultipleAnswer answer) {
        if (answer.optionIds() == null) {
            return String.valueOf(answer.optionIds());
        }
        return String.join(
                "\n",
                question.options().stream()
                        .filter(o -> answer.optionIds().contains(o.id()))
                        .map(o -> Markdown.plainText(o.text()))
                        .toList());
    }

    /** The picked options with their labels, e.g. {@code "a) …; d) …"}. */
    @Override
    public String summary(MultipleQuestion question, MultipleAnswer answer) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            if (answer.optionIds() != null
                    && answer.optionIds().contains(question.options().get(i).id())) {
                picked.add(Option.labelled(question.options(), i));
            }
        }
        return picked.isEmpty() ? ReadableText.NOTHING : String.join("; ", picked);
    }

    @Override
    public MultipleAnswer rightAnswer(LearningModule module, MultipleQuestion question) {
        return new MultipleAnswer(Set.copyOf(question.answers()));
    }

    /** Half right: one key option missing, or one wrong option added. */
    @Override
    public Optional<Function<Random, MultipleAnswer>> mistakes(MultipleQuestion question) {
        return Optional.of(random -> {
            Set<String> picked = new LinkedHashSet<>(question.answers());
            if (picked.size() > 1 && random.nextBoolean()) {
                picked.remove(
                        question.answers().get(random.nextInt(question.answers().size())));
            } else {
                question.options().stream()
                        .map(Option::id)
                        .filter(id -> !question.answers().contains(id))
                        .findFirst()
                        .ifPresent(picked::add);
            }
            return new MultipleAnswer(picked);
        });
    }

    /**
     * Refuses an empty pick: the grader scores it 0 points, but through the services it would spend a try on
     * nothing (a forged request, or a browser that dropped keys the server never sent). The input never sends it.
     */
    @Override
    public void requireOffered(LearningModule module, MultipleQuestion question, MultipleAnswer answer) {
        if (answer.optionIds() != null && answer.optionIds().isEmpty()) {
            throw new InvalidAnswerException("no option picked: pick at least one option");
        }
    }

    /** The options shuffled. */
    @Override
    public MultipleQuestion shuffled(MultipleQuestion question, long seed) {
        return new MultipleQuestion(question.base(), OptionOrder.shuffle(question.options(), seed), question.answers());
    }
}
