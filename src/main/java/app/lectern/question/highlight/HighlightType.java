package app.lectern.question.highlight;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Section;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.PartVerdict;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/** The {@code highlight} type: the sentences of a section that support the prompt. */
public final class HighlightType extends QuestionTypeDefinition<HighlightQuestion, HighlightAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<HighlightQuestion, HighlightAnswer> TYPE = new QuestionType<>(new HighlightType());

    private HighlightType() {
        super(
                "highlight",
                HighlightQuestion.class,
                HighlightAnswer.class,
                HighlightGrading::grade,
                HighlightGrading::keyText,
                HighlightGrading::optionFeedback);
    }

    /** The distinct sentences offered, in reading order; none when the module or the section cannot be found. */
    public static List<String> offeredSentences(HighlightQuestion question, LearningModule module) {
        if (module == null) {
            return List.of();
        }
        Optional<Section> section =
                question.section() != null ? module.section(question.section()) : module.sectionOf(question.id());
        return section.map(s -> List.copyOf(new LinkedHashSet<>(Markdown.sentences(s.body()))))
                .orElse(List.of());
    }

    /** See {@link HighlightGrading#parts}. */
    @Override
    public List<PartVerdict> parts(HighlightQuestion question, HighlightAnswer answer) {
        return HighlightGrading.parts(question, answer);
    }

    /** The picked sentences in quotation marks, one line each, sorted. */
    @Override
    public String answerText(HighlightQuestion question, HighlightAnswer answer) {
        if (answer.sentences() == null) {
            return "";
        }
        return String.join(
                "\n",
                answer.sentences().stream().sorted().map(s -> "“" + s + "”").toList());
    }

    /** The picked sentences in quotation marks, in one line, sorted, like the key text. */
    @Override
    public String summary(HighlightQuestion question, HighlightAnswer answer) {
        if (answer.sentences() == null || answer.sentences().isEmpty()) {
            return ReadableText.NOTHING;
        }
        return String.join(
                " ",
                answer.sentences().stream()
                        .filter(Objects::nonNull)
                        .sorted()
                        .map(s -> "“" + Markdown.collapse(s) + "”")
                        .toList());
    }

    /** For every key fragment the offered sentence that contains it (the fragment itself when none does). */
    @Override
    public HighlightAnswer rightAnswer(LearningModule module, HighlightQuestion question) {
        List<String> offered = offeredSentences(question, module);
        Set<String> picks = new LinkedHashSet<>();
        for (String key : question.sentences()) {
            String fragment = Markdown.collapse(key);
            picks.add(offered.stream()
                    .filter(s -> Markdown.collapse(s).contains(fragment))
                    .findFirst()
                    .orElse(key));
        }
        return new HighlightAnswer(picks);
    }

    /** None yet: demo students skip highlight questions. */
    @Override
    public Optional<Function<Random, HighlightAnswer>> mistakes(HighlightQuestion question) {
        return Optional.empty();
    }

    /**
     * Refuses an empty pick (the grader scores it 0, but it would spend a try on nothing) and any pick that is not a
     * sentence the section offers (a forged request).
     */
    @Override
    public void requireOffered(LearningModule module, HighlightQuestion question, HighlightAnswer answer) {
        if (answer.sentences() == null) {
            return;
        }
        if (answer.sentences().isEmpty()) {
            throw new InvalidAnswerException("no sentence picked: pick at least one sentence");
        }
        List<String> offered = offeredSentences(question, module);
        for (String pick : answer.sentences()) {
            if (!offered.contains(pick)) {
                throw new InvalidAnswerException("'" + abbreviate(pick) + "' is not a sentence of the section");
            }
        }
    }

    /** Never shuffled: the sentences keep the section's reading order. */
    @Override
    public HighlightQuestion shuffled(HighlightQuestion question, long seed) {
        return question;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 60 ? String.valueOf(text) : text.substring(0, 57) + "...";
    }
}
