package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The article a module is built from; attribution is required. */
public record Source(
        @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String author,
        @Size(max = 300) String affiliation,
        @NotBlank @Size(max = 200) String publisher,

        @NotNull @Pattern(regexp = Slugs.PARTIAL_DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String published,

        @Pattern(regexp = "https?://[^\\s]{1,2000}", message = "must be an http(s) URL")
        String url) {}
