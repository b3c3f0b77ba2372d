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

        @NotBlank @Size(max = 1000) String quote) {}
