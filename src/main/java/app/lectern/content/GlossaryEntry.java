package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A term explained in place wherever it appears in section text.
 *
 * @param answers the ids of the questions this entry would answer: the reader keeps it locked until each is settled
 */
public record GlossaryEntry(
        @NotBlank @Size(max = 80) String term,
        @NotBlank @Size(max = 1000) String definition,

        @Size(max = 50)
        List<@NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a question id") String> answers) {

    /** Normalises a missing list to an empty one. */
    public GlossaryEntry {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** An entry that answers no question. */
    public GlossaryEntry(String term, String definition) {
        this(term, definition, List.of());
    }
}
