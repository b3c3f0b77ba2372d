package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A question's prompt in a section translation's language. Only the prompt: options, answers and feedback stay in
 * the module's language, so what is scored is what the original says.
 *
 * @param id the id of a question shown after the section
 * @param prompt plain text
 */
public record PromptTranslation(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a question id")
        String id,

        @NotBlank @Size(max = 2000) String prompt) {}
