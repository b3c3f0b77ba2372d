package app.lectern.question.highlight.ui;

import app.lectern.content.LearningModule;
import app.lectern.question.PartVerdict;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.highlight.HighlightType;
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

/**
 * The sentences of the question's section (its {@code section:}, else the section it is shown after) as
 * checkboxes, in reading order. Every sentence is offered, so the choice says nothing about the key. Answered
 * once a sentence is ticked.
 */
public final class HighlightInput extends AbstractQuestionInput<HighlightAnswer> {

    private final List<String> sentences;
    private final CheckboxGroup<String> group = new CheckboxGroup<>();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the group. */
    public HighlightInput(HighlightQuestion question, LearningModule module, String promptId) {
        super("lectern-highlight-input");
        this.sentences = sentences(question, module);
        group.getElement().getThemeList().add("vertical"); // one option per line reads best
        group.addClassName("lectern-highlight-sentences");
        group.setItems(sentences);
        if (hasId(promptId)) {
            group.setAriaLabelledBy(promptId);
        }
        group.addValueChangeListener(e -> fireChange());
        root().add(group);
    }

    /** The distinct sentences offered, in reading order; none when the section cannot be found. */
    public static List<String> sentences(HighlightQuestion question, LearningModule module) {
        return HighlightType.offeredSentences(question, module);
    }

    @Override
    public Optional<HighlightAnswer> answer() {
        Set<String> picked = group.getValue();
        Set<String> offered =
                sentences.stream().filter(picked::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        // a key the group never sent (a forged request) arrives as null: only offered sentences make an answer
        return offered.isEmpty() ? Optional.empty() : Optional.of(new HighlightAnswer(offered));
    }

    @Override
    public void restore(HighlightAnswer answer) {
        Set<String> given = answer == null || answer.sentences() == null ? Set.of() : answer.sentences();
        group.setValue(sentences.stream().filter(given::contains).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    /** Marks each picked sentence right or wrong in its label (so that the mark is part of its name). */
    @Override
    public void showParts(List<PartVerdict> verdicts) {
        Map<String, PartVerdict.Mark> marks = byPart(verdicts);
        group.setRenderer(new ComponentRenderer<>(sentence -> {
            PartVerdict.Mark mark = marks.get(sentence);
            Span label = new Span(sentence + " ");
            if (mark != null) {
                label.add(partMark(mark));
            }
            return label;
        }));
    }

    @Override
    public void clearParts() {
        group.setRenderer(new ComponentRenderer<>(Text::new));
    }
}
