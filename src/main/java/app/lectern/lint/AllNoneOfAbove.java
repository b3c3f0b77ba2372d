package app.lectern.lint;

import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code all-none-of-above}: an option "all of the above", "none of the above", "both of these" and the like. It
 * tests whether learners spot two true options (or one false one) rather than the content, and it breaks when
 * options are shuffled.
 */
final class AllNoneOfAbove implements LintRule {

    static final String ID = "all-none-of-above";

    private static final Pattern ABOVE = Pattern.compile(
            "\\b(all|none|both|neither)\\s+(of\\s+)?(the\\s+)?(above|these|those|them|the\\s+options|"
                    + "the\\s+answers|options|answers)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (LintInput.Item item : input.items()) {
            List<Option> options = switch (item.question()) {
                case SingleQuestion s -> s.options();
                case MultipleQuestion m -> m.options();
                default -> List.of();
            };
            for (int i = 0; i < options.size(); i++) {
                String text = Markdown.plainText(options.get(i).text());
                if (ABOVE.matcher(text).find()) {
                    out.add(new Finding(
                            ID,
                            item.id(),
                            item.path() + ".options[" + i + "].text",
                            "'" + text.strip() + "' refers to the other options; write an option of its own"));
                }
            }
        }
        return out;
    }
}
