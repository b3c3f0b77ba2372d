package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A section's text at one of the module's declared {@link TextLevel}s: the same facts in other words. Every evidence
 * quote that points into the section must stand in it too, so evidence can be shown whichever level is read.
 *
 * @param id the id of a level the module declares
 * @param body CommonMark, as a section's body
 */
public record SectionLevel(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = Section.MAX_BODY) String body) {}
