package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One entry of the claim ledger: who asserts what, how settled it is, and where the article says so. */
public record Claim(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 200) String by,
        @NotNull ClaimStatus status,

        @Pattern(regexp = Slugs.PARTIAL_DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String date,

        @NotNull @Valid Evidence evidence,
        @Size(max = 20) List<@NotNull @Valid ClaimResponse> responses) {

    /** Normalises a missing response list to an empty one. */
    public Claim {
        responses = responses == null ? List.of() : List.copyOf(responses);
    }
}
