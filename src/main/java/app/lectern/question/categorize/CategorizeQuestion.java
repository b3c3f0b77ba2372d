package app.lectern.question.categorize;

import app.lectern.content.Inconsistency;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Items to sort into 2–5 categories. */
public record CategorizeQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull @Size(min = 2, max = 5) List<@NotNull @Valid Category> categories,
        @NotNull @Size(min = 2, max = 12) List<@NotNull @Valid CategorizeItem> items)
        implements Question {

    /** {@inheritDoc} */
    @Override
    public List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        List<Inconsistency> out = new ArrayList<>();
        if (categories == null) {
            return out;
        }
        out.addAll(Inconsistency.duplicates("categories", "id", categories, Category::id, "category id"));
        if (items == null) {
            return out;
        }
        List<String> ids = categories.stream()
                .filter(Objects::nonNull)
                .map(Category::id)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (int i = 0; i < items.size(); i++) {
            CategorizeItem item = items.get(i);
            if (item != null
                    && item.category() != null
                    && !item.category().isBlank()
                    && !ids.contains(item.category())) {
                out.add(new Inconsistency(
                        "items[" + i + "].category", Inconsistency.notOneOf(item.category(), "a category id", ids)));
            }
        }
        return out;
    }
}
