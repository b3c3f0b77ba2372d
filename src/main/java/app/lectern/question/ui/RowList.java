package app.lectern.question.ui;

import static app.lectern.question.ui.EditorText.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A list of rows a teacher adds, moves and removes (options, items, pairs, …), each row a group named by its
 * number ("Option 2"), with buttons that say what they do to which row. Keyboard: every action is a button, and
 * after a move the focus stays on the moved row's button.
 *
 * @param <R> the row's component, holding that row's fields
 */
public final class RowList<R extends Component> extends Div {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final String rowName;
    private final int max;
    private final Supplier<R> factory;
    private final Runnable onChange;
    private final List<R> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    private final ProblemSlot problems = new ProblemSlot();

    /**
     * Creates an empty list.
     *
     * @param legend the list's heading, e.g. "Options"
     * @param rowName what one row is called, with a capital, e.g. "Option" (rows are "Option 1", "Option 2", …)
     * @param max most rows the format allows; the add button is disabled at that number
     * @param factory makes a new, empty row
     * @param onChange fired after a row is added, moved or removed
     */
    public RowList(String legend, String rowName, int max, Supplier<R> factory, Runnable onChange) {
        this.rowName = rowName;
        this.max = max;
        this.factory = factory;
        this.onChange = onChange;
        addClassName("lectern-editor-rows");
        String legendId = "lectern-rows-" + IDS.incrementAndGet();
        Span heading = new Span(legend);
        heading.setId(legendId);
        heading.addClassName("lectern-editor-legend");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", legendId);
        list.addClassName("lectern-editor-row-list");
        add = new Button(t("editor.rows.add", rowName.toLowerCase(java.util.Locale.ROOT)), e -> {
            addRow();
            onChange.run();
        });
        add.addClassName("lectern-editor-add");
        add(heading, problems, list, add);
    }

    /** The rows, in order. */
    public List<R> rows() {
        return List.copyOf(rows);
    }

    /** Replaces the rows; fires no change. */
    public void setRows(List<R> newRows) {
        rows.clear();
        rows.addAll(newRows);
        render(-1, null);
    }

    /** Adds an empty row at the end and returns it; fires no change. */
    public R addRow() {
        R row = factory.get();
        rows.add(row);
        render(-1, null);
        return row;
    }

    /** Where problems of the whole list (its size, a missing right answer) are shown. */
    public ProblemSlot problems() {
        return problems;
    }

    private void move(int from, int to) {
        R row = rows.remove(from);
        rows.add(to, row);
        render(to, to < from ? "up" : "down");
        onChange.run();
    }

    private void remove(int index) {
        rows.remove(index);
        render(-1, null);
        if (!rows.isEmpty()) {
            // the focus would fall to the page's start with the removed button
            focusFirstButton(Math.min(index, rows.size() - 1));
        } else {
            add.focus();
        }
        onChange.run();
    }

    private final List<List<Button>> buttons = new ArrayList<>();

    private void render(int focusRow, String focusButton) {
        list.removeAll();
        buttons.clear();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            int number = i + 1;
            Div wrapper = new Div();
            wrapper.addClassName("lectern-editor-row");
            wrapper.getElement().setAttribute("role", "group");
            String name = rowName + " " + number;
            wrapper.getElement().setAttribute("aria-label", name);
            Span title = new Span(name);
            title.addClassName("lectern-editor-row-title");
            Button up = small("↑", t("editor.rows.up", name), () -> move(index, index - 1));
            up.setEnabled(i > 0);
            Button down = small("↓", t("editor.rows.down", name), () -> move(index, index + 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = small(t("editor.rows.remove"), t("editor.rows.remove.label", name), () -> remove(index));
            Div bar = new Div(title, up, down, remove);
            bar.addClassName("lectern-editor-row-bar");
            wrapper.add(bar, rows.get(i));
            list.add(wrapper);
            buttons.add(List.of(up, down, remove));
            if (i == focusRow && focusButton != null) {
                Button target = "up".equals(focusButton) ? up : down;
                (target.isEnabled() ? target : (target == up ? down : up)).focus();
            }
        }
        add.setEnabled(rows.size() < max);
    }

    private void focusFirstButton(int row) {
        buttons.get(row).stream().filter(Button::isEnabled).findFirst().ifPresent(Button::focus);
    }

    private static Button small(String text, String label, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        b.setAriaLabel(label);
        return b;
    }
}
