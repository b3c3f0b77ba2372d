package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A level of the module's text, declared once on the module (e.g. an easier text for grades 6–8); every section
 * carries its text at this level as a {@link SectionLevel} with the same id.
 *
 * @param id a slug, unique among the module's levels
 * @param label what the reader's switch calls it, e.g. "Grades 6–8"
 */
public record TextLevel(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 60) String label) {}
