package app.lectern.question.order;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code order} type: items put in the right order. */
public final class OrderType extends QuestionTypeDefinition<OrderQuestion, OrderAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<OrderQuestion, OrderAnswer> TYPE = new QuestionType<>(new OrderType());

    private OrderType() {
        super(
                "order",
                OrderQuestion.class,
                OrderAnswer.class,
                OrderGrading::grade,
                OrderGrading::keyText,
                OrderGrading::optionFeedback);
    }

    /** The items' texts in the student's order, one numbered line each. */
    @Override
    public String answerText(OrderQuestion question, OrderAnswer answer) {
        if (answer.itemIds() == null) {
            return "";
        }
        return ReadableText.numbered(
                answer.itemIds().stream().map(id -> text(question, id)).toList());
    }

    /** The items in the student's order, e.g. {@code "first → second → third"}. */
    @Override
    public String summary(OrderQuestion question, OrderAnswer answer) {
        if (answer.itemIds() == null) {
            return ReadableText.NOTHING;
        }
        return String.join(
                " → ",
                answer.itemIds().stream()
                        .map(id -> Markdown.plainText(text(question, id)))
                        .toList());
    }

    @Override
    public OrderAnswer rightAnswer(LearningModule module, OrderQuestion question) {
        return new OrderAnswer(question.items().stream().map(OrderItem::id).toList());
    }

    /** The key with two neighbours swapped. */
    @Override
    public Optional<Function<Random, OrderAnswer>> mistakes(OrderQuestion question) {
        return Optional.of(random -> {
            List<String> ids =
                    new ArrayList<>(question.items().stream().map(OrderItem::id).toList());
            int i = random.nextInt(ids.size() - 1);
            ids.set(i, ids.set(i + 1, ids.get(i)));
            return new OrderAnswer(ids);
        });
    }

    /** Nothing to check: grading refuses unknown, missing and repeated items. */
    @Override
    public void requireOffered(LearningModule module, OrderQuestion question, OrderAnswer answer) {}

    /** Never reordered here: the input always shows the items shuffled, whatever the assignment says. */
    @Override
    public OrderQuestion shuffled(OrderQuestion question, long seed) {
        return question;
    }

    /** The item's text as written, or the id when the question has no such item. */
    private static String text(OrderQuestion question, String id) {
        return question.items().stream()
                .filter(i -> i.id().equals(id))
                .map(OrderItem::text)
                .findFirst()
                .orElse(id);
    }
}
