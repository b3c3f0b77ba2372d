package app.lectern.question.categorize.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.PartVerdict;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For each item, in file order, a radio group of the category labels, named by the item's text. Only the labels
 * reach the browser, never the category ids or which item belongs where. Answered when every item is placed.
 */
public final class CategorizeInput extends AbstractQuestionInput<CategorizeAnswer> {

    private final CategorizeQuestion question;
    private final List<RadioButtonGroup<Category>> groups = new ArrayList<>();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the group. */
    public CategorizeInput(CategorizeQuestion question, LearningModule module, String promptId) {
        super("lectern-categorize-input");
        this.question = question;
        labelRootAsGroup(promptId);
        question.items().forEach(item -> {
            RadioButtonGroup<Category> group = new RadioButtonGroup<>(Markdown.plainText(item.text()));
            group.addClassName("lectern-categorize-item");
            group.setItems(question.categories());
            plainLabels(group, c -> Markdown.plainText(c.label()));
            group.addValueChangeListener(e -> fireChange());
            groups.add(group);
            root().add(group);
        });
    }

    @Override
    public Optional<CategorizeAnswer> answer() {
        Map<Integer, String> byItem = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Category picked = groups.get(i).getValue();
            if (picked == null) {
                return Optional.empty();
            }
            byItem.put(i, picked.id());
        }
        return Optional.of(new CategorizeAnswer(Collections.unmodifiableMap(byItem)));
    }

    @Override
    public void restore(CategorizeAnswer answer) {
        Map<Integer, String> given =
                answer == null || answer.categoryByItem() == null ? Map.of() : answer.categoryByItem();
        for (int i = 0; i < groups.size(); i++) {
            String id = given.get(i);
            groups.get(i)
                    .setValue(question.categories().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .orElse(null));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        groups.forEach(g -> g.setReadOnly(readOnly));
    }

    /** Each item's mark under its categories, where the field's helper text goes (and is announced with it). */
    @Override
    public void showParts(List<PartVerdict> verdicts) {
        Map<String, PartVerdict.Mark> marks = byPart(verdicts);
        for (int i = 0; i < groups.size(); i++) {
            PartVerdict.Mark mark = marks.get(String.valueOf(i));
            groups.get(i).setHelperComponent(mark == null ? null : partMark(mark));
        }
    }

    @Override
    public void clearParts() {
        groups.forEach(g -> g.setHelperComponent(null));
    }
}
