package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One entry of the claim ledger: who asserts what, how settled it is, and where the article says so.
 *
 * @param answers the ids of the questions this entry would answer: the ledger keeps it locked until each is settled
 */
public record Claim(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 200) String by,
        @NotNull ClaimStatus status,

        @Pattern(regexp = Slugs.PARTIAL_DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String date,

        @NotNull @Valid Evidence evidence,
        @Size(max = 20) List<@NotNull @Valid ClaimResponse> responses,

        @Size(max = 50)
        List<@NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a question id") String> answers) {

    /** Normalises missing lists to empty ones. */
    public Claim {
        responses = responses == null ? List.of() : List.copyOf(responses);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
