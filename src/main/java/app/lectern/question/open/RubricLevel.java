package app.lectern.question.open;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One line of a rubric: what earns these points. */
public record RubricLevel(
        @NotNull @PositiveOrZero Double points,
        @NotBlank @Size(max = 1000) String description) {}
