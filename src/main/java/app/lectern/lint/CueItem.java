package app.lectern.lint;

import app.lectern.content.Markdown;
import app.lectern.question.order.OrderQuestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cue-item}: a text a learner reads with one question (prompt, hint, options, labels, item texts, cloze text,
 * statement) gives away the key of another question, as {@link Cues} decides; variants of one pool are never shown
 * together and are not compared. Also: an ordering question whose items carry their own dates or years, which give
 * the order away.
 */
final class CueItem implements LintRule {

    static final String ID = "cue-item";

    private static final Pattern DATE = Pattern.compile(
            "\\b(1[5-9]\\d\\d|20\\d\\d)\\b|\\b(early|mid|late)[- ]?(january|february|march|april|may|june|july|august|"
                    + "september|october|november|december|\\d{4})\\b|\\b(january|february|march|april|june|july|"
                    + "august|september|october|november|december)\\b|\\b\\d{1,2}(st|nd|rd|th) century\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        List<LintInput.Item> items = input.items();
        java.util.Map<LintInput.Item, List<ItemTexts.Piece>> shown = new java.util.IdentityHashMap<>();
        items.forEach(i -> shown.put(i, ItemTexts.shown(i.question())));
        for (LintInput.Item target : items) {
            for (ItemTexts.Key key : ItemTexts.keys(target.question())) {
                Cues.Probe probe = Cues.probe(target.question(), key);
                for (LintInput.Item other : items) {
                    if (other == target || (other.pool() != null && other.pool() == target.pool())) {
                        continue;
                    }
                    for (ItemTexts.Piece piece : shown.get(other)) {
                        if (probe.test(piece.text())) {
                            out.add(new Finding(
                                    ID,
                                    other.id(),
                                    other.path() + "." + piece.path(),
                                    "gives away the answer to '" + target.id() + "' (key: "
                                            + Markdown.plainText(key.text()).strip() + ")"));
                        }
                    }
                }
            }
        }
        for (LintInput.Item item : items) {
            if (item.question() instanceof OrderQuestion o) {
                Set<String> dates = new LinkedHashSet<>();
                int first = -1;
                for (int i = 0; i < o.items().size(); i++) {
                    Matcher m = DATE.matcher(Markdown.plainText(o.items().get(i).text()));
                    if (m.find()) {
                        dates.add(m.group());
                        first = first < 0 ? i : first;
                    }
                }
                long dated = o.items().stream()
                        .filter(i -> DATE.matcher(Markdown.plainText(i.text())).find())
                        .count();
                if (dated >= 2) {
                    out.add(new Finding(
                            ID,
                            item.id(),
                            item.path() + ".items[" + first + "].text",
                            dated + " of its " + o.items().size() + " items carry their own dates ("
                                    + String.join(", ", dates) + "), which give the order away"));
                }
            }
        }
        return out.stream().filter(Objects::nonNull).distinct().toList();
    }
}
