package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A glossary term in a section translation: explained in place wherever {@code translation} stands in the
 * translated text.
 *
 * @param term the module's glossary term, as written there
 * @param translation the term in the translation's language
 * @param definition the definition in the translation's language
 */
public record TermTranslation(
        @NotBlank @Size(max = 80) String term,
        @NotBlank @Size(max = 80) String translation,
        @NotBlank @Size(max = 1000) String definition) {}
