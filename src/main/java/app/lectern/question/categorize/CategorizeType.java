package app.lectern.question.categorize;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.PartVerdict;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/** The {@code categorize} type: items sorted into categories. */
public final class CategorizeType extends QuestionTypeDefinition<CategorizeQuestion, CategorizeAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<CategorizeQuestion, CategorizeAnswer> TYPE =
            new QuestionType<>(new CategorizeType());

    private CategorizeType() {
        super(
                "categorize",
                CategorizeQuestion.class,
                CategorizeAnswer.class,
                CategorizeGrading::grade,
                CategorizeGrading::keyText,
                CategorizeGrading::optionFeedback);
    }

    /** See {@link CategorizeGrading#parts}. */
    @Override
    public List<PartVerdict> parts(CategorizeQuestion question, CategorizeAnswer answer) {
        return CategorizeGrading.parts(question, answer);
    }

    /** One line per placed item, in the items' order, e.g. {@code "Beijing sends officers → Documented"}. */
    @Override
    public String answerText(CategorizeQuestion question, CategorizeAnswer answer) {
        if (answer.categoryByItem() == null) {
            return String.valueOf(answer.categoryByItem());
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Integer, String> e : new TreeMap<>(answer.categoryByItem()).entrySet()) {
            String item = e.getKey() != null
                            && e.getKey() >= 0
                            && e.getKey() < question.items().size()
                    ? question.items().get(e.getKey()).text()
                    : String.valueOf(e.getKey());
            String category = question.categories().stream()
                    .filter(c -> c.id().equals(e.getValue()))
                    .map(Category::label)
                    .findFirst()
                    .orElse(String.valueOf(e.getValue()));
            lines.add(item + " → " + category);
        }
        return String.join("\n", lines);
    }

    /** Each category with the items the student put in it, like the key text. */
    @Override
    public String summary(CategorizeQuestion question, CategorizeAnswer answer) {
        Map<Integer, String> given = answer.categoryByItem() == null ? Map.of() : answer.categoryByItem();
        List<String> parts = new ArrayList<>();
        for (Category c : question.categories()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < question.items().size(); i++) {
                if (c.id().equals(given.get(i))) {
                    texts.add(Markdown.plainText(question.items().get(i).text()));
                }
            }
            if (!texts.isEmpty()) {
                parts.add(Markdown.plainText(c.label()) + ": " + String.join(", ", texts));
            }
        }
        return parts.isEmpty() ? ReadableText.NOTHING : String.join("; ", parts);
    }

    @Override
    public CategorizeAnswer rightAnswer(LearningModule module, CategorizeQuestion question) {
        Map<Integer, String> byItem = new HashMap<>();
        for (int i = 0; i < question.items().size(); i++) {
            byItem.put(i, question.items().get(i).category());
        }
        return new CategorizeAnswer(byItem);
    }

    /** The key with the first item in another category. */
    @Override
    public Optional<Function<Random, CategorizeAnswer>> mistakes(CategorizeQuestion question) {
        return Optional.of(random -> {
            Map<Integer, String> byItem =
                    new HashMap<>(rightAnswer(null, question).categoryByItem());
            String first = question.items().getFirst().category();
            question.categories().stream()
                    .map(Category::id)
                    .filter(id -> !id.equals(first))
                    .findFirst()
                    .ifPresent(id -> byItem.put(0, id));
            return new CategorizeAnswer(byItem);
        });
    }

    /** Nothing to check: grading refuses unknown items and categories. */
    @Override
    public void requireOffered(LearningModule module, CategorizeQuestion question, CategorizeAnswer answer) {}

    /** Never reordered: the items keep the author's order, only choice options are shuffled. */
    @Override
    public CategorizeQuestion shuffled(CategorizeQuestion question, long seed) {
        return question;
    }
}
