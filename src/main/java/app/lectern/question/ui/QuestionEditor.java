package app.lectern.question.ui;

import app.lectern.content.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A form that edits one question record of one type: each type folder's {@code ui/} contributes one (registered in
 * {@link QuestionEditors}). It builds the record from its fields at any time, also while incomplete, and shows the
 * validator's problems next to the fields they name.
 *
 * @param <Q> the type's question record
 */
public abstract class QuestionEditor<Q extends Question> extends Composite<Div> {

    private final String typeName;
    private final UnorderedList otherProblems = new UnorderedList();
    private final Div fields = new Div();
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<Consumer<String>> marked = new ArrayList<>();

    /**
     * Creates the editor's frame: a list for problems no field claims, then the fields.
     *
     * @param typeName the type's content-file name, e.g. {@code single}
     */
    protected QuestionEditor(String typeName) {
        this.typeName = typeName;
        Div root = getContent();
        root.addClassNames("lectern-question-editor", "lectern-" + typeName + "-editor");
        otherProblems.addClassName("lectern-editor-problems");
        otherProblems.getElement().setAttribute("aria-live", "polite");
        otherProblems.setVisible(false);
        fields.addClassName("lectern-editor-fields");
        root.add(otherProblems, fields);
    }

    /** The type's content-file name, e.g. {@code single}. */
    public String typeName() {
        return typeName;
    }

    /** Shows a question in the fields, replacing what they held; fires no change. */
    public abstract void setValue(Q question);

    /**
     * The question as the fields describe it now, also when incomplete: an empty field gives {@code null} (or an
     * empty list), never an exception. The validator says what is missing.
     */
    public abstract Q value();

    /** Tells the editor where each field path shows its problems (see {@link ProblemTargets}). */
    protected abstract void problemTargets(ProblemTargets targets);

    /**
     * Shows problems next to the fields their paths name (a path such as {@code options[2].text} falls back to its
     * nearest shown parent, {@code options}); problems no field claims are listed at the top as "path: message".
     * Replaces the problems shown before; an empty list clears them.
     */
    public void showProblems(List<FieldProblem> problems) {
        marked.forEach(target -> target.accept(null));
        marked.clear();
        ProblemTargets targets = new ProblemTargets();
        problemTargets(targets);
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        List<String> unclaimed = new ArrayList<>();
        for (FieldProblem problem : problems == null ? List.<FieldProblem>of() : problems) {
            if (problem == null) {
                continue;
            }
            String target = targets.targetOf(problem.path());
            if (target == null) {
                unclaimed.add(problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message());
            } else {
                String rest = problem.path().substring(target.length()).replaceFirst("^\\.", "");
                byTarget.computeIfAbsent(target, k -> new ArrayList<>())
                        .add(rest.isEmpty() ? problem.message() : rest + ": " + problem.message());
            }
        }
        byTarget.forEach((path, messages) -> {
            Consumer<String> target = targets.all().get(path);
            target.accept(String.join("; ", messages));
            marked.add(target);
        });
        otherProblems.removeAll();
        unclaimed.forEach(m -> otherProblems.add(new ListItem(m)));
        otherProblems.setVisible(!unclaimed.isEmpty());
    }

    /** Registers a listener fired after every committed change of a field (and every row added, moved or removed). */
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the listeners that {@link #value()} may have changed. */
    protected void fireChange() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    /** Adds the editor's fields, in order. */
    protected void addFields(Component... parts) {
        fields.add(parts);
    }

    /** A translated UI string of the {@code i18n/questions} bundle. */
    protected String t(String key, Object... params) {
        return getContent().getTranslation(key, params);
    }
}
