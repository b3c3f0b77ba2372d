package app.lectern.question.open;

import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A written answer that a teacher grades; in self-study the learner compares it with the model answer. */
public record OpenQuestion(
        @NotNull @Valid QuestionBase base,
        @NotBlank @Size(max = 4000) String modelAnswer,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid RubricLevel> rubric)
        implements Question {

    @Override
    public boolean autoScored() {
        return false;
    }
}
