package app.lectern.question.categorize;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An item and the id of the category it belongs in. */
public record CategorizeItem(
        @NotBlank @Size(max = 500) String text, @NotBlank String category) {}
