package app.lectern.question;

import app.lectern.content.Markdown;
import app.lectern.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A choice of a {@code single} or {@code multiple} question.
 *
 * @param feedback shown after the learner submits, when they picked this option
 */
public record Option(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 1000) String text,
        @Size(max = 2000) String feedback) {

    /** The label a learner sees before the option at this position (0-based) in key text: {@code a)}, {@code b)}, … */
    public static String label(int index) {
        if (index < 0 || index >= 26) {
            throw new IllegalArgumentException("no label for option " + index);
        }
        return (char) ('a' + index) + ")";
    }

    /** The option at this position with its label as plain text, e.g. {@code "c) Officials in Kyiv"}. */
    public static String labelled(List<Option> options, int index) {
        return label(index) + " " + Markdown.plainText(options.get(index).text());
    }

    /** The position of the option with this id, or −1 when there is none. */
    public static int indexOf(List<Option> options, String id) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
