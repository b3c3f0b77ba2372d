package app.lectern.question.multiple;

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

/** A question with one or more right options, scored right picks minus wrong picks. */
public record MultipleQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull @Size(min = 2, max = 8) List<@NotNull @Valid Option> options,
        @NotNull @Size(min = 1, max = 8) List<@NotBlank String> answers)
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
        if (answers == null) {
            return out;
        }
        List<String> ids = options.stream()
                .filter(Objects::nonNull)
                .map(Option::id)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (int i = 0; i < answers.size(); i++) {
            String a = answers.get(i);
            if (a != null && !a.isBlank() && !ids.contains(a)) {
                out.add(new Inconsistency("answers[" + i + "]", Inconsistency.notOneOf(a, "an option id", ids)));
            }
        }
        out.addAll(Inconsistency.duplicates("answers", "", answers, a -> a, "answer"));
        if (!ids.isEmpty() && answers.containsAll(ids)) {
            out.add(new Inconsistency("answers", "every option is an answer: at least one option must be wrong"));
        }
        return out;
    }
}
