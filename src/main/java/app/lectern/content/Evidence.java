package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where in the article the answer to a question (or the basis of a claim) stands.
 *
 * @param section the section id; {@code null} means the question's own section
 * @param quote the exact words, compared after Markdown is rendered to plain text and white space is collapsed
 */
public record Evidence(
        @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String section,

        @NotBlank @Size(max = 1000) String quote) {

    /** Longest quote, in characters. */
    public static final int MAX_QUOTE = 1000;

    /**
     * Whether a quote stands in a section's text as the module check requires: within the text a reader sees (the
     * Markdown rendered to plain text), white space collapsed on both sides.
     *
     * @param sectionMarkdown the section's body
     */
    public static boolean quoteIn(String sectionMarkdown, String quote) {
        return Markdown.plainText(sectionMarkdown).contains(Markdown.collapse(quote));
    }
}
