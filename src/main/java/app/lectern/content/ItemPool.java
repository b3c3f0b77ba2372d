package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Interchangeable questions (variants) of which an assignment shows each student {@code draw}; shown after the
 * section's own questions. The variants ask the same thing in different words and carry the same points, so any
 * draw is worth the same.
 *
 * @param id slug, unique among the module's pools and question ids
 * @param draw how many variants each student gets, 1 to the number of variants
 * @param use where the pool may be used; {@code null} means {@link Use#PRACTICE} (self-study then shows every
 *     variant)
 * @param questions the variants, 2 to {@value #MAX_VARIANTS}
 */
public record ItemPool(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotNull @Min(1) Integer draw,
        Use use,
        @NotNull @Size(min = 2, max = MAX_VARIANTS) List<@NotNull @Valid Question> questions) {

    /** Most variants in one pool. */
    public static final int MAX_VARIANTS = 8;

    /** Copies the list. */
    public ItemPool {
        questions = questions == null ? null : List.copyOf(questions);
    }

    /** Whether the pool is for assignments only ({@code use: assessment}). */
    public boolean assessmentOnly() {
        return use == Use.ASSESSMENT;
    }
}
