package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What another party answered to a claim. */
public record ClaimResponse(
        @NotBlank @Size(max = 200) String by,
        @NotNull ClaimStatus status,
        @NotBlank @Size(max = 1000) String text) {}
