package app.lectern.question.order;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades {@link OrderQuestion} responses by adjacent pairs: the share of the learner's neighbouring pairs that are
 * also neighbours, in that order, in the key. A reversed list scores 0; swapping the first two items of four keeps
 * one pair of three.
 */
public final class OrderGrading {

    private OrderGrading() {}

    /**
     * Grades a response. The answer must list every item id exactly once, so there is no empty answer: a
     * {@code null} list, a {@code null}, unknown, duplicate or missing id is an {@link InvalidAnswerException}.
     */
    public static Grade grade(OrderQuestion question, OrderAnswer answer) {
        List<String> given = answer.itemIds();
        if (given == null) {
            throw new InvalidAnswerException("no order given");
        }
        Map<String, Integer> position = new HashMap<>();
        List<OrderItem> items = question.items();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i).id(), i);
        }
        Map<String, Boolean> seen = new HashMap<>();
        for (String id : given) {
            if (id == null || !position.containsKey(id)) {
                throw new InvalidAnswerException("'" + id + "' is not an item id (" + ids(items) + ")");
            }
            if (seen.put(id, true) != null) {
                throw new InvalidAnswerException("item '" + id + "' is listed twice");
            }
        }
        if (given.size() != items.size()) {
            List<String> missing = items.stream()
                    .map(OrderItem::id)
                    .filter(id -> !seen.containsKey(id))
                    .toList();
            throw new InvalidAnswerException("items missing from the order: " + String.join(", ", missing));
        }
        int kept = 0;
        for (int i = 0; i + 1 < given.size(); i++) {
            if (position.get(given.get(i + 1)) == position.get(given.get(i)) + 1) {
                kept++;
            }
        }
        return Grade.of((double) kept / (items.size() - 1));
    }

    /** The items in the right order, e.g. {@code "first → second → third"}. */
    public static String keyText(OrderQuestion question) {
        return String.join(
                " → ",
                question.items().stream().map(i -> Markdown.plainText(i.text())).toList());
    }

    /** Always {@code null}: order questions have no per-option feedback. */
    public static String optionFeedback(OrderQuestion question, OrderAnswer answer) {
        return null;
    }

    private static String ids(List<OrderItem> items) {
        return String.join(", ", items.stream().map(OrderItem::id).toList());
    }
}
