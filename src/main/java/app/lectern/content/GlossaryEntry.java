package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A term explained in place wherever it appears in section text. */
public record GlossaryEntry(
        @NotBlank @Size(max = 80) String term,
        @NotBlank @Size(max = 1000) String definition) {}
