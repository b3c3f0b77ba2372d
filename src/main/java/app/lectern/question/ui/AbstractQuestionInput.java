package app.lectern.question.ui;

import app.lectern.question.Answer;
import app.lectern.question.PartVerdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The common part of the inputs: a root {@code div} with the CSS class {@code lectern-question-input} and the
 * change listeners.
 *
 * @param <A> the type's answer record
 */
public abstract class AbstractQuestionInput<A extends Answer> implements QuestionInput<A> {

    private final Div root = new Div();
    private final List<Runnable> listeners = new ArrayList<>();

    /**
     * Creates the root.
     *
     * @param typeClass the type's own CSS class, e.g. {@code lectern-single-input}
     */
    protected AbstractQuestionInput(String typeClass) {
        root.addClassNames("lectern-question-input", typeClass);
    }

    /** The root to add the input's parts to. */
    protected Div root() {
        return root;
    }

    /**
     * Makes the root a group named by the prompt, for inputs made of several fields. Inputs that are one field
     * label that field with the prompt instead, so that screen readers do not announce the prompt twice.
     */
    protected void labelRootAsGroup(String promptId) {
        root.getElement().setAttribute("role", "group");
        if (promptId != null && !promptId.isBlank()) {
            root.getElement().setAttribute("aria-labelledby", promptId);
        }
    }

    /** A translated UI string of the {@code i18n/questions} bundle. */
    protected String t(String key, Object... params) {
        return root.getTranslation(key, params);
    }

    /** Tells the listeners that the answer may have changed. */
    protected void fireChange() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Labels a radio group's options with plain text nodes. The default renderer wraps each label in a span of its
     * own: one component more per option, held in server memory for as long as the page is open.
     */
    protected static <T> void plainLabels(RadioButtonGroup<T> group, ItemLabelGenerator<T> labels) {
        group.setItemLabelGenerator(labels); // still what selecting by label (and tests) go by
        group.setRenderer(new ComponentRenderer<>(item -> new Text(labels.apply(item))));
    }

    /**
     * The mark of one part: a symbol (hidden from screen readers) and a word, e.g. "✓ Right", styled by its
     * {@code data-mark}.
     */
    protected Span partMark(PartVerdict.Mark mark) {
        String key = mark.name().toLowerCase(Locale.ROOT);
        Span symbol = new Span(mark == PartVerdict.Mark.RIGHT ? "\u2713" : "\u2717");
        symbol.getElement().setAttribute("aria-hidden", "true");
        symbol.addClassName("lectern-part-symbol");
        Span span = new Span(symbol, new Text(" " + t("question.part." + key)));
        span.addClassName("lectern-part-mark");
        span.getElement().setAttribute("data-mark", key);
        return span;
    }

    /** The verdicts by part, for an input to look its parts up in. */
    protected static Map<String, PartVerdict.Mark> byPart(List<PartVerdict> verdicts) {
        Map<String, PartVerdict.Mark> marks = new HashMap<>();
        verdicts.forEach(v -> marks.putIfAbsent(v.part(), v.mark()));
        return marks;
    }

    /** Whether a prompt id was given, so that a field can be labelled by it. */
    protected static boolean hasId(String promptId) {
        return promptId != null && !promptId.isBlank();
    }
}
