package app.lectern.question.categorize;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.PartVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Grades {@link CategorizeQuestion} responses: the share of items put in their category. */
public final class CategorizeGrading {

    private CategorizeGrading() {}

    /**
     * Grades a response. Items left unplaced count as wrong, so an empty map is a valid answer that scores 0. A
     * {@code null} map, a {@code null} key or value, an item index outside the question's items or a category id
     * that is not the question's is an {@link InvalidAnswerException}.
     */
    public static Grade grade(CategorizeQuestion question, CategorizeAnswer answer) {
        Map<Integer, String> given = answer.categoryByItem();
        if (given == null) {
            throw new InvalidAnswerException("no placements given");
        }
        Set<String> ids = question.categories().stream().map(Category::id).collect(Collectors.toSet());
        int items = question.items().size();
        for (Map.Entry<Integer, String> e : given.entrySet()) {
            Integer index = e.getKey();
            if (index == null || index < 0 || index >= items) {
                throw new InvalidAnswerException(
                        "item " + index + " does not exist (items are numbered 0 to " + (items - 1) + ")");
            }
            if (e.getValue() == null || !ids.contains(e.getValue())) {
                throw new InvalidAnswerException("'" + e.getValue() + "' is not a category id ("
                        + String.join(
                                ", ",
                                question.categories().stream().map(Category::id).toList()) + ")");
            }
        }
        int right = 0;
        for (int i = 0; i < items; i++) {
            if (question.items().get(i).category().equals(given.get(i))) {
                right++;
            }
        }
        return Grade.of((double) right / items);
    }

    /** Each category with its items, e.g. {@code "What they point to: ads, censorship; What they conclude: …"}. */
    public static String keyText(CategorizeQuestion question) {
        List<String> parts = new ArrayList<>();
        for (Category c : question.categories()) {
            List<String> texts = question.items().stream()
                    .filter(i -> i.category().equals(c.id()))
                    .map(i -> Markdown.plainText(i.text()))
                    .toList();
            if (!texts.isEmpty()) {
                parts.add(Markdown.plainText(c.label()) + ": " + String.join(", ", texts));
            }
        }
        return String.join("; ", parts);
    }

    /** Each item by its index, in the file's order: right when it is in its category (an unplaced item is wrong). */
    public static List<PartVerdict> parts(CategorizeQuestion question, CategorizeAnswer answer) {
        Map<Integer, String> given = answer.categoryByItem() == null ? Map.of() : answer.categoryByItem();
        List<PartVerdict> parts = new ArrayList<>();
        for (int i = 0; i < question.items().size(); i++) {
            parts.add(PartVerdict.of(
                    String.valueOf(i), question.items().get(i).category().equals(given.get(i))));
        }
        return parts;
    }

    /** Always {@code null}: categorize questions have no per-option feedback. */
    public static String optionFeedback(CategorizeQuestion question, CategorizeAnswer answer) {
        return null;
    }
}
