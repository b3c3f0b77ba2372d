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
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.numeric.NumericQuestion;
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

/**
 * A student's answer as plain text a teacher can read, in the style of the types' key texts ({@code "c) Officials
 * in Kyiv"}, {@code "first → second"}): what the item analysis shows as the most chosen wrong answer.
 */
final class AnswerTexts {

    private AnswerTexts() {}

    /** The answer as text, or {@code null} for an open answer (free text is not compared across students). */
    static String of(Question question, Answer answer) {
        return switch (answer) {
            case SingleAnswer a when question instanceof SingleQuestion q -> option(q.options(), a.optionId());
            case MultipleAnswer a
            when question instanceof MultipleQuestion q -> {
                List<String> picked = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    if (a.optionIds() != null
                            && a.optionIds().contains(q.options().get(i).id())) {
                        picked.add(labelled(q.options(), i));
                    }
                }
                yield picked.isEmpty() ? "—" : String.join("; ", picked);
            }
            case TrueFalseAnswer a -> a.value() == null ? "—" : a.value() ? "True" : "False";
            case ShortAnswer a -> blankToDash(a.text());
            case NumericAnswer a
            when question instanceof NumericQuestion q ->
                a.value() == null
                        ? "—"
                        : BigDecimal.valueOf(a.value()).stripTrailingZeros().toPlainString()
                                + (q.unit() == null || q.unit().isBlank()
                                        ? ""
                                        : " " + q.unit().strip());
            case OrderAnswer a
            when question instanceof OrderQuestion q ->
                a.itemIds() == null
                        ? "—"
                        : String.join(
                                " → ",
                                a.itemIds().stream()
                                        .map(id -> q.items().stream()
                                                .filter(i -> i.id().equals(id))
                                                .map(OrderItem::text)
                                                .map(Markdown::plainText)
                                                .findFirst()
                                                .orElse(id))
                                        .toList());
            case MatchAnswer a
            when question instanceof MatchQuestion q -> {
                Map<String, String> given = a.rightByLeft() == null ? Map.of() : a.rightByLeft();
                List<String> parts = new ArrayList<>();
                for (MatchPair p : q.pairs()) {
                    String right = given.get(p.left());
                    parts.add(Markdown.plainText(p.left()) + " → " + (right == null ? "—" : Markdown.plainText(right)));
                }
                yield String.join("; ", parts);
            }
            case CategorizeAnswer a
            when question instanceof CategorizeQuestion q -> {
                Map<Integer, String> given = a.categoryByItem() == null ? Map.of() : a.categoryByItem();
                List<String> parts = new ArrayList<>();
                for (Category c : q.categories()) {
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < q.items().size(); i++) {
                        if (c.id().equals(given.get(i))) {
                            texts.add(Markdown.plainText(q.items().get(i).text()));
                        }
                    }
                    if (!texts.isEmpty()) {
                        parts.add(Markdown.plainText(c.label()) + ": " + String.join(", ", texts));
                    }
                }
                yield parts.isEmpty() ? "—" : String.join("; ", parts);
            }
            case ClozeAnswer a ->
                a.blanks() == null
                        ? "—"
                        : String.join(
                                " | ",
                                a.blanks().stream()
                                        .map(AnswerTexts::blankToDash)
                                        .toList());
            case HighlightAnswer a ->
                a.sentences() == null || a.sentences().isEmpty()
                        ? "—"
                        : String.join(
                                " ",
                                a.sentences().stream()
                                        .filter(Objects::nonNull)
                                        .sorted()
                                        .map(s -> "“" + Markdown.collapse(s) + "”")
                                        .toList());
            default -> null;
        };
    }

    private static String option(List<Option> options, String id) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) {
                return labelled(options, i);
            }
        }
        return id == null ? "—" : id;
    }

    private static String labelled(List<Option> options, int i) {
        return Option.label(i) + " " + Markdown.plainText(options.get(i).text());
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : Markdown.collapse(text);
    }
}
