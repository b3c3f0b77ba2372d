package app.lectern.question.match;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A left-hand text and the right-hand text it belongs with. */
public record MatchPair(
        @NotBlank @Size(max = 500) String left,
        @NotBlank @Size(max = 500) String right) {}
