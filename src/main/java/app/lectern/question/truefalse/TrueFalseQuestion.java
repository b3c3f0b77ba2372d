package app.lectern.question.truefalse;

import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A statement that is true or false. */
public record TrueFalseQuestion(
        @NotNull @Valid QuestionBase base, @NotNull Boolean answer) implements Question {}
