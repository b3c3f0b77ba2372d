package app.lectern.question.cloze;

import app.lectern.content.Inconsistency;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A text with blanks written {@code [[answer]]} or {@code [[answer|alternative|…]]}.
 *
 * @param bank whether a word bank (the answers plus the distractors) is shown
 */
public record ClozeQuestion(
        @NotNull @Valid QuestionBase base,
        @NotBlank @Size(max = 4000) String text,
        Boolean bank,
        @Size(max = 12) List<@NotBlank @Size(max = 200) String> distractors)
        implements Question {

    /** Applies the defaults: no bank, no distractors. */
    public ClozeQuestion {
        bank = bank != null && bank;
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }

    /**
     * The text parsed into segments and blanks.
     *
     * @throws IllegalArgumentException when the blanks are malformed (see {@link ClozeText#parse})
     */
    public ClozeText clozeText() {
        return ClozeText.parse(text);
    }

    /** The blanks with their accepted answers, in order. */
    public List<ClozeText.Blank> blanks() {
        return clozeText().blanks();
    }

    /**
     * The word bank shown when {@code bank} is true: the main answer of every blank plus the distractors, sorted
     * alphabetically so that the order gives nothing away.
     */
    public List<String> wordBank() {
        List<String> words = new ArrayList<>();
        blanks().forEach(b -> words.add(b.answer()));
        words.addAll(distractors);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        return List.copyOf(words);
    }

    /** {@inheritDoc} */
    @Override
    public List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            if (ClozeText.parse(text).blanks().isEmpty()) {
                return List.of(
                        new Inconsistency("text", "has no blank: write each as [[answer]] or [[answer|alternative]]"));
            }
        } catch (IllegalArgumentException e) {
            return List.of(new Inconsistency("text", e.getMessage()));
        }
        return List.of();
    }
}
