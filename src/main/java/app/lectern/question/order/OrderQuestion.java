package app.lectern.question.order;

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

/** Items listed in the right order in the file; always shown shuffled. */
public record OrderQuestion(
        @NotNull @Valid QuestionBase base,
        @NotNull @Size(min = 3, max = 8) List<@NotNull @Valid OrderItem> items) implements Question {

    /** {@inheritDoc} */
    @Override
    public List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        List<Inconsistency> out = new ArrayList<>();
        out.addAll(Inconsistency.duplicates("items", "id", items, OrderItem::id, "item id"));
        out.addAll(Inconsistency.duplicates("items", "text", items, OrderItem::text, "item text"));
        return out;
    }
}
