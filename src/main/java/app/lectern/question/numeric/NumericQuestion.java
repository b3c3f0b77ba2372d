package app.lectern.question.numeric;

import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A question answered with a number. */
public record NumericQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull Double answer,
        @PositiveOrZero Double tolerance,
        @Size(max = 40) String unit)
        implements Question {

    /** Applies the default tolerance of 0. */
    public NumericQuestion {
        tolerance = tolerance == null ? 0.0 : tolerance;
    }
}
