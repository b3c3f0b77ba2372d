package app.lectern.question.shortanswer;

import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question answered with a few typed words.
 *
 * @param typos 0 or 1: with 1, one edit is forgiven in answers of five or more letters
 */
public record ShortQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> accept,
        @Min(0) @Max(1) Integer typos)
        implements Question {

    /** Applies the default of no forgiven typos. */
    public ShortQuestion {
        typos = typos == null ? 0 : typos;
    }
}
