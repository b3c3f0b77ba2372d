package app.lectern.question.multiple.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.PartVerdict;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checkboxes with the options in file order; answered once at least one is ticked. */
public final class MultipleInput extends AbstractQuestionInput<MultipleAnswer> {

    private final MultipleQuestion question;
    private final CheckboxGroup<Option> group = new CheckboxGroup<>();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the group. */
    public MultipleInput(MultipleQuestion question, LearningModule module, String promptId) {
        super("lectern-multiple-input");
        this.question = question;
        group.getElement().getThemeList().add("vertical"); // one option per line reads best
        group.addClassName("lectern-choice-group");
        group.setItems(question.options());
        group.setItemLabelGenerator(o -> Markdown.plainText(o.text()));
        if (hasId(promptId)) {
            group.setAriaLabelledBy(promptId);
        }
        group.addValueChangeListener(e -> fireChange());
        root().add(group);
    }

    @Override
    public Optional<MultipleAnswer> answer() {
        Set<Option> picked = group.getValue();
        // keep file order, so that the stored answer reads like the question
        Set<String> ids = question.options().stream()
                .filter(picked::contains)
                .map(Option::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        // a key the group never sent (a forged request) arrives as null: only offered options make an answer
        return ids.isEmpty() ? Optional.empty() : Optional.of(new MultipleAnswer(ids));
    }

    @Override
    public void restore(MultipleAnswer answer) {
        Set<String> ids = answer == null || answer.optionIds() == null ? Set.of() : answer.optionIds();
        group.setValue(question.options().stream()
                .filter(o -> ids.contains(o.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    /**
     * Marks each ticked option right or wrong and each right option left unticked as missed, in the option's label
     * (so that the mark is part of its name); an option rightly left unticked gets no mark.
     */
    @Override
    public void showParts(List<PartVerdict> verdicts) {
        Map<String, PartVerdict.Mark> marks = byPart(verdicts);
        Set<Option> picked = group.getValue();
        group.setRenderer(new ComponentRenderer<>(o -> {
            PartVerdict.Mark mark = marks.get(o.id());
            Span label = new Span(Markdown.plainText(o.text()) + " ");
            if (mark != null && (picked.contains(o) || mark != PartVerdict.Mark.RIGHT)) {
                label.add(partMark(mark));
            }
            return label;
        }));
    }

    @Override
    public void clearParts() {
        group.setRenderer(new ComponentRenderer<>(o -> new Text(Markdown.plainText(o.text()))));
    }
}
