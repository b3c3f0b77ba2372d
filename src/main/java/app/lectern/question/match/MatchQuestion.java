package app.lectern.question.match;

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

/** Pairs to match, with optional extra right-hand choices that match nothing. */
public record MatchQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull @Size(min = 2, max = 8) List<@NotNull @Valid MatchPair> pairs,
        @Size(max = 8) List<@NotBlank @Size(max = 500) String> distractors)
        implements Question {

    /** Normalises missing distractors to none. */
    public MatchQuestion {
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }

    /** {@inheritDoc} */
    @Override
    public List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        return new ArrayList<>(Inconsistency.duplicates("pairs", "left", pairs, MatchPair::left, "left-hand text"));
    }
}
