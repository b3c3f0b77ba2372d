package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A section's title and text in another language, shown beside the original. Questions stay in the module's
 * language; a translation may carry the prompt of some (never their options, keys or feedback).
 *
 * @param language a BCP 47 tag other than the module's language, e.g. {@code uk}
 * @param body CommonMark, as a section's body
 * @param glossary translations of glossary terms that stand in this section
 * @param questions translated prompts of questions shown after this section
 */
public record SectionTranslation(
        @NotNull @Pattern(regexp = Slugs.LANGUAGE, message = "must be a BCP 47 language tag")
        String language,

        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = Section.MAX_BODY) String body,
        @Size(max = 200) List<@NotNull @Valid TermTranslation> glossary,

        @Size(max = Section.MAX_QUESTIONS + Section.MAX_POOLS * ItemPool.MAX_VARIANTS)
        List<@NotNull @Valid PromptTranslation> questions) {

    /** Normalises missing lists to empty ones. */
    public SectionTranslation {
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The translated prompt of this question, if this translation carries one. */
    public java.util.Optional<String> prompt(String questionId) {
        return questions.stream()
                .filter(p -> p.id().equals(questionId))
                .map(PromptTranslation::prompt)
                .findFirst();
    }
}
