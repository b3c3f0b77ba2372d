package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * One readable part of the article with the questions shown after it.
 *
 * @param body CommonMark; raw HTML is escaped, never rendered
 */
public record Section(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = MAX_BODY) String body,
        @Size(max = MAX_QUESTIONS) List<@NotNull @Valid Question> questions) {

    /** Longest body, in characters. */
    public static final int MAX_BODY = 100_000;

    /** Most questions after one section. */
    public static final int MAX_QUESTIONS = 12;

    /** Ids a section may not have: they are the results and submit pages of the module's routes. */
    public static final Set<String> RESERVED_IDS = Set.of("results", "submit");

    /** Normalises a missing question list to an empty one. */
    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The section text as plain text with white space collapsed, as evidence quotes are matched against. */
    public String plainText() {
        return Markdown.plainText(body);
    }
}
