package app.lectern.question.single;

import app.lectern.content.Inconsistency;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.question.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A question with one right option. */
public record SingleQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull @Size(min = 2, max = 8) List<@NotNull @Valid Option> options,
        @NotBlank String answer)
        implements Question {

    /** {@inheritDoc} */
    @Override
    public List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        List<Inconsistency> out = new ArrayList<>();
        if (options == null) {
            return out;
        }
        out.addAll(Inconsistency.duplicates("options", "id", options, Option::id, "option id"));
        out.addAll(Inconsistency.duplicates("options", "text", options, Option::text, "option text"));
        List<String> ids = options.stream()
                .filter(Objects::nonNull)
                .map(Option::id)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (answer != null && !answer.isBlank() && !ids.contains(answer)) {
            out.add(new Inconsistency("answer", Inconsistency.notOneOf(answer, "an option id", ids)));
        }
        return out;
    }
}
