package app.lectern.authoring.ui.aids;

import app.lectern.content.load.ContentProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list of entries a teacher adds to, removes from and reorders, with the validator's problems at their fields. Each
 * entry is a group of labelled fields with its own heading and buttons (move up, move down, remove) that name it, so
 * a screen-reader or keyboard user knows which entry each acts on.
 *
 * @param <T> the content record of one entry
 */
public abstract class EntryList<T> extends Composite<Section> {

    /** One entry's fields. */
    protected interface Entry<T> {
        /** The entry's fields. */
        Component fields();

        /** The record the fields hold now. */
        T value();

        /**
         * Shows the entry's problems at their fields.
         *
         * @param problems keyed by the path inside the entry ({@code definition}, {@code responses[0].by}); the
         *     paths shown are added to {@code placed}
         */
        void problems(Map<String, String> problems, List<String> placed);

        /** Focuses the entry's first field. */
        void focus();
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private final List<Section> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph listProblem = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Button add = new Button();
    private final int max;
    private final String kind;
    private final List<SerializableRunnable> listeners = new ArrayList<>();

    /**
     * @param kind the kind of aid, e.g. {@code glossary}: its texts are the keys {@code aids.<kind>.heading},
     *     {@code .intro}, {@code .add} and {@code .empty}, its class name {@code aid-<kind>}
     * @param max the most entries the module's format allows
     */
    protected EntryList(String kind, int max) {
        this.max = max;
        this.kind = kind;
        Section root = getContent();
        root.addClassNames("aid-editor", "aid-" + kind);
        H2 title = new H2(getTranslation("aids." + kind + ".heading"));
        title.setId("aid-" + kind + "-heading");
        root.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        root.add(title, new Paragraph(getTranslation("aids." + kind + ".intro")));
        listProblem.addClassName("aid-problem");
        listProblem.setVisible(false);
        empty.setText(getTranslation("aids." + kind + ".empty"));
        empty.addClassName("aid-empty");
        list.addClassName("aid-entries");
        add.setText(getTranslation("aids." + kind + ".add"));
        add.addClickListener(e -> addEntry());
        root.add(listProblem, empty, list, add);
    }

    /** Builds an entry's fields for a record, or for a new, empty entry ({@code null}). */
    protected abstract Entry<T> entry(T value);

    /** The heading of entry number {@code number} (1-based), e.g. "Term 3". */
    protected String entryName(int number) {
        return getTranslation("aids." + kind + ".entry", number);
    }

    /** Replaces the entries. */
    public void setValue(List<T> value) {
        entries.clear();
        for (T v : value == null ? List.<T>of() : value) {
            entries.add(entry(v));
        }
        render(-1, null);
    }

    /** The entries as records, in their order. */
    public List<T> value() {
        return entries.stream().map(Entry::value).toList();
    }

    /** Runs after every change: a field edited, an entry added, removed or moved. */
    public Registration addChangeListener(SerializableRunnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the listeners that the value changed; entries call it when a field changes. */
    protected void changed() {
        listeners.forEach(SerializableRunnable::run);
    }

    /**
     * Shows the validator's problems of this list at their fields; replaces those shown before.
     *
     * @param prefix the list's path in the module, e.g. {@code glossary}
     */
    public void setProblems(List<ContentProblem> problems, String prefix) {
        Map<String, String> all = Problems.under(problems, prefix);
        List<String> placedInList = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> own = Problems.ofEntry(all, i);
            List<String> placed = new ArrayList<>();
            entries.get(i).problems(own, placed);
            Paragraph entryProblem = (Paragraph) rows.get(i)
                    .getChildren()
                    .filter(c -> c.hasClassName("aid-problem"))
                    .findFirst()
                    .orElseThrow();
            List<String> rest = own.entrySet().stream()
                    .filter(e -> !placed.contains(e.getKey()))
                    .map(e -> e.getKey().isEmpty() ? e.getValue() : e.getKey() + ": " + e.getValue())
                    .toList();
            entryProblem.setText(String.join("; ", rest));
            entryProblem.setVisible(!rest.isEmpty());
            String head = "[" + i + "]";
            all.keySet().stream()
                    .filter(k -> k.equals(head) || k.startsWith(head + "."))
                    .forEach(placedInList::add);
        }
        List<String> rest = all.entrySet().stream()
                .filter(e -> !placedInList.contains(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : prefix + e.getKey() + ": " + e.getValue())
                .toList();
        listProblem.setText(String.join("; ", rest));
        listProblem.setVisible(!rest.isEmpty());
    }

    private void addEntry() {
        if (entries.size() >= max) {
            return;
        }
        entries.add(entry(null));
        render(entries.size() - 1, null);
        entries.getLast().focus();
        changed();
    }

    private void remove(int index) {
        entries.remove(index);
        render(-1, null);
        if (!entries.isEmpty()) {
            entries.get(Math.min(index, entries.size() - 1)).focus();
        } else {
            add.focus();
        }
        changed();
    }

    private void move(int index, int by) {
        Entry<T> moved = entries.remove(index);
        entries.add(index + by, moved);
        render(index + by, by < 0 ? "up" : "down");
        changed();
    }

    /** Lays the entries out again; focus goes back to the button that moved an entry (it moved with it). */
    private void render(int focusIndex, String focusButton) {
        list.removeAll();
        rows.clear();
        for (int i = 0; i < entries.size(); i++) {
            Entry<T> entry = entries.get(i);
            int index = i;
            String name = entryName(i + 1);
            Section row = new Section();
            row.addClassName("aid-entry");
            H3 heading = new H3(name);
            heading.addClassName("aid-entry-heading");
            heading.setId("aid-" + kind + "-" + (i + 1));
            row.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            Paragraph problem = new Paragraph();
            problem.addClassName("aid-problem");
            problem.setVisible(false);
            Button up = new Button(getTranslation("aids.move-up"), e -> move(index, -1));
            up.setAriaLabel(getTranslation("aids.move-up.label", name));
            up.setEnabled(i > 0);
            Button down = new Button(getTranslation("aids.move-down"), e -> move(index, 1));
            down.setAriaLabel(getTranslation("aids.move-down.label", name));
            down.setEnabled(i < entries.size() - 1);
            Button remove = new Button(getTranslation("aids.remove"), e -> remove(index));
            remove.setAriaLabel(getTranslation("aids.remove.label", name));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            Div actions = new Div(up, down, remove);
            actions.addClassName("aid-entry-actions");
            row.add(heading, problem, entry.fields(), actions);
            rows.add(row);
            list.add(row);
            if (i == focusIndex && focusButton != null) {
                Button target =
                        focusButton.equals("up") ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
                target.focus();
            }
        }
        empty.setVisible(entries.isEmpty());
        add.setEnabled(entries.size() < max);
        listProblem.setVisible(false);
    }
}
