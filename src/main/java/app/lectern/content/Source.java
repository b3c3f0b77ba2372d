package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The article a module is built from, or the module itself when its text is original; attribution is required.
 *
 * @param original whether the module's text is its own writing, not built from an article ({@code null}: no)
 * @param license the licence of the module's text, e.g. {@code CC BY-SA 4.0}, or {@code null}
 * @param textFile the article's plain text, relative to the module's folder, for the linter's originality check
 *     only; never served
 */
public record Source(
        @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String author,
        @Size(max = 300) String affiliation,
        @NotBlank @Size(max = 200) String publisher,

        @NotNull @Pattern(regexp = Slugs.PARTIAL_DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String published,

        @Pattern(regexp = "https?://[^\\s]{1,2000}", message = "must be an http(s) URL")
        String url,

        @Size(max = 100) String license,

        @Size(max = 300) @Pattern(regexp = "[^\\x00-\\x1f]*", message = "must be a file path on one line")
        String textFile,

        Boolean original) {

    /** A source without a licence or a text file. */
    public Source(String title, String author, String affiliation, String publisher, String published, String url) {
        this(title, author, affiliation, publisher, published, url, null, null, null);
    }

    /** The source as it is served: without the path of the article's text, which only the linter reads. */
    public Source served() {
        return textFile == null
                ? this
                : new Source(title, author, affiliation, publisher, published, url, license, null, original);
    }

    /** Whether the module's text is its own writing rather than an adaptation of an article. */
    public boolean isOriginal() {
        return Boolean.TRUE.equals(original);
    }
}
