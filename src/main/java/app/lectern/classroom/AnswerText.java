package app.lectern.classroom;

import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.Option;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A stored answer as plain text a teacher can read: option texts rather than ids, one line per pair or item. */
final class AnswerText {

    private AnswerText() {}

    static String of(Question question, Answer answer) {
        return switch (answer) {
            case OpenAnswer a -> Objects.toString(a.text(), "");
            case ShortAnswer a -> Objects.toString(a.text(), "");
            case NumericAnswer a -> a.value() == null ? "" : number(a.value());
            case TrueFalseAnswer a -> a.value() == null ? "" : a.value() ? "True" : "False";
            case SingleAnswer a ->
                question instanceof SingleQuestion q ? optionText(q.options(), a.optionId()) : a.optionId();
            case MultipleAnswer a ->
                question instanceof MultipleQuestion q && a.optionIds() != null
                        ? String.join(
                                "\n",
                                q.options().stream()
                                        .filter(o -> a.optionIds().contains(o.id()))
                                        .map(o -> Markdown.plainText(o.text()))
                                        .toList())
                        : String.valueOf(a.optionIds());
            case OrderAnswer a -> order(question, a);
            case ClozeAnswer a -> a.blanks() == null ? "" : numbered(a.blanks());
            case CategorizeAnswer a -> categorize(question, a);
            case MatchAnswer a ->
                a.rightByLeft() == null
                        ? ""
                        : String.join(
                                "\n",
                                a.rightByLeft().entrySet().stream()
                                        .map(e -> e.getKey() + " \u2192 " + e.getValue())
                                        .toList());
            case HighlightAnswer a ->
                a.sentences() == null
                        ? ""
                        : String.join(
                                "\n",
                                a.sentences().stream()
                                        .sorted()
                                        .map(s -> "\u201c" + s + "\u201d")
                                        .toList());
            default -> answer.toString();
        };
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String optionText(List<Option> options, String id) {
        return options.stream()
                .filter(o -> o.id().equals(id))
                .map(o -> Markdown.plainText(o.text()))
                .findFirst()
                .orElse(String.valueOf(id));
    }

    private static String order(Question question, OrderAnswer a) {
        if (a.itemIds() == null) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (String id : a.itemIds()) {
            texts.add(
                    question instanceof OrderQuestion q
                            ? q.items().stream()
                                    .filter(i -> i.id().equals(id))
                                    .map(OrderItem::text)
                                    .findFirst()
                                    .orElse(id)
                            : id);
        }
        return numbered(texts);
    }

    private static String categorize(Question question, CategorizeAnswer a) {
        if (a.categoryByItem() == null || !(question instanceof CategorizeQuestion q)) {
            return String.valueOf(a.categoryByItem());
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Integer, String> e : new TreeMap<>(a.categoryByItem()).entrySet()) {
            String item = e.getKey() != null
                            && e.getKey() >= 0
                            && e.getKey() < q.items().size()
                    ? q.items().get(e.getKey()).text()
                    : String.valueOf(e.getKey());
            String category = q.categories().stream()
                    .filter(c -> c.id().equals(e.getValue()))
                    .map(Category::label)
                    .findFirst()
                    .orElse(String.valueOf(e.getValue()));
            lines.add(item + " \u2192 " + category);
        }
        return String.join("\n", lines);
    }

    private static String numbered(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add((i + 1) + ". " + Objects.toString(texts.get(i), ""));
        }
        return String.join("\n", lines);
    }
}
