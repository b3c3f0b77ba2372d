package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One lint rule silenced for one item of a module, with the author's reason.
 *
 * @param rule the rule's id, e.g. {@code key-longest}
 * @param item what it concerns: a question id, claim id, section id or glossary term
 * @param reason why the warning does not apply, for reviewers
 */
public record LintIgnore(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a lint rule id")
        String rule,

        @NotBlank @Size(max = 200) String item,
        @NotBlank @Size(max = 500) String reason) {}
