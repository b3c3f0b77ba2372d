package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The fields every question has, whatever its type. In a content file they stand in the same mapping as the
 * type's own fields.
 *
 * @param id slug, unique in the whole module
 * @param type the type name, e.g. {@code single}
 * @param prompt the question, inline Markdown
 * @param points points for a fully right answer; defaults to 1
 * @param skill what the question practises
 * @param explanation shown after the learner answers; required for every auto-scored type
 * @param evidence where the answer stands in the article
 * @param hint optional; taking it can cost points
 * @param use where the question may be used; {@code null} (not given) means {@link Use#PRACTICE}. A question in an
 *     {@link ItemPool} takes the pool's use and may not give its own
 */
public record QuestionBase(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank String type,
        @NotBlank @Size(max = 2000) String prompt,

        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        Double points,

        @NotNull Skill skill,
        @Size(max = 4000) String explanation,
        @Valid Evidence evidence,
        @Size(max = 1000) String hint,
        Use use) {

    /** Applies the default of one point. */
    public QuestionBase {
        points = points == null ? 1.0 : points;
    }

    /** A question for practice and assessment alike (no {@code use} given). */
    public QuestionBase(
            String id,
            String type,
            String prompt,
            Double points,
            Skill skill,
            String explanation,
            Evidence evidence,
            String hint) {
        this(id, type, prompt, points, skill, explanation, evidence, hint, null);
    }

    /** Whether the question is for assignments only ({@code use: assessment}). */
    public boolean assessmentOnly() {
        return use == Use.ASSESSMENT;
    }
}
