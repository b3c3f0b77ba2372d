package app.lectern.question.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** A list of texts a teacher adds, moves and removes: accepted answers, distractors, key passages. */
public final class TextRows extends Div {

    private final String fieldLabel;
    private final int maxLength;
    private final boolean area;
    private final Runnable onChange;
    private final RowList<Row> rows;

    /** One text. */
    public final class Row extends Div {
        private final HasValue<?, String> field;

        Row() {
            if (area) {
                TextArea a = new TextArea(fieldLabel);
                a.setMaxLength(maxLength);
                a.setWidthFull();
                field = a;
            } else {
                TextField f = new TextField(fieldLabel);
                f.setMaxLength(maxLength);
                f.setWidthFull();
                field = f;
            }
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
            add((com.vaadin.flow.component.Component) field);
        }

        /** The row's field. */
        public HasValue<?, String> field() {
            return field;
        }
    }

    /**
     * Creates an empty list.
     *
     * @param legend the list's heading
     * @param rowName one row's name, with a capital ("Accepted answer")
     * @param fieldLabel the label of each row's field
     * @param max most rows
     * @param maxLength most characters per text
     * @param area whether the texts are long (a text area) or short (a text field)
     */
    public TextRows(
            String legend, String rowName, String fieldLabel, int max, int maxLength, boolean area, Runnable onChange) {
        this.fieldLabel = fieldLabel;
        this.maxLength = maxLength;
        this.area = area;
        this.onChange = onChange;
        this.rows = new RowList<>(legend, rowName, max, Row::new, onChange);
        add(rows);
    }

    /** Shows texts; fires no change. */
    public void setValue(List<String> texts) {
        List<Row> list = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            Row row = new Row();
            row.field.setValue(orEmpty(text));
            list.add(row);
        }
        rows.setRows(list);
    }

    /** The texts, {@code null} for an empty row. */
    public List<String> value() {
        List<String> out = new ArrayList<>();
        rows.rows().forEach(r -> out.add(orNull(r.field.getValue())));
        return out;
    }

    /** Adds a row holding a text; fires no change. */
    public void add(String text) {
        rows.addRow().field.setValue(orEmpty(text));
    }

    /** The rows. */
    public RowList<Row> rows() {
        return rows;
    }

    /** Registers {@code path} (the list) and {@code path[i]} (each text). */
    public void problemTargets(ProblemTargets targets, String path) {
        targets.slot(path, rows.problems());
        List<Row> list = rows.rows();
        for (int i = 0; i < list.size(); i++) {
            targets.field(path + "[" + i + "]", (HasValidation) list.get(i).field);
        }
    }
}
