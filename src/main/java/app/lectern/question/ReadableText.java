package app.lectern.question;

import app.lectern.content.Markdown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Small pieces the types' answer texts share, so every type shows numbers, blanks and lists the same way. */
public final class ReadableText {

    /** Stands for nothing given, in one-line summaries. */
    public static final String NOTHING = "—";

    private ReadableText() {}

    /** A number without a trailing ".0" or exponent: 2 → "2", 0.25 → "0.25". */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The text with white space collapsed, or {@link #NOTHING} when it is missing or blank. */
    public static String orNothing(String text) {
        return text == null || text.isBlank() ? NOTHING : Markdown.collapse(text);
    }

    /** One numbered line per text: {@code "1. first\n2. second"}. */
    public static String numbered(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add((i + 1) + ". " + Objects.toString(texts.get(i), ""));
        }
        return String.join("\n", lines);
    }
}
