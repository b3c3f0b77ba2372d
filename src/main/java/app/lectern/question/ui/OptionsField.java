package app.lectern.question.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;
import static app.lectern.question.ui.EditorText.t;

import app.lectern.question.Option;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The options of a {@code single} or {@code multiple} question: text, feedback and whether each is right. With one
 * right answer, ticking an option unticks the others. Option ids stay out of sight: an option keeps the id it was
 * loaded with, and a new one gets an id made from its text.
 */
public final class OptionsField extends Div {

    /** Most options the format allows. */
    public static final int MAX = 8;

    private final boolean oneRight;
    private final Runnable onChange;
    private final RowList<Row> rows;
    private List<String> loadedAnswers = List.of();
    private List<String> orphans = List.of();

    /** One option's fields. */
    public final class Row extends Div {
        private String id;
        private final TextField text = new TextField(t("editor.option.text"));
        private final TextField feedback = new TextField(t("editor.option.feedback"));
        private final Checkbox right = new Checkbox(t("editor.option.right"));

        Row() {
            addClassName("lectern-editor-option");
            text.setWidthFull();
            text.setMaxLength(1000);
            feedback.setWidthFull();
            feedback.setMaxLength(2000);
            text.addValueChangeListener(e -> onChange.run());
            feedback.addValueChangeListener(e -> onChange.run());
            right.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                orphans = List.of();
                if (oneRight && e.getValue()) {
                    rows.rows().stream().filter(r -> r != this).forEach(r -> r.right.setValue(false));
                }
                onChange.run();
            });
            add(text, right, feedback);
        }

        /** The option text field. */
        public TextField text() {
            return text;
        }

        /** The feedback field. */
        public TextField feedback() {
            return feedback;
        }

        /** Whether this option is right. */
        public Checkbox right() {
            return right;
        }
    }

    /**
     * Creates an empty list of options.
     *
     * @param oneRight whether exactly one option is right ({@code single})
     */
    public OptionsField(boolean oneRight, Runnable onChange) {
        this.oneRight = oneRight;
        this.onChange = onChange;
        rows = new RowList<>(t("editor.options"), t("editor.option"), MAX, Row::new, onChange);
        add(rows);
    }

    /** The rows (for tests and the type editors). */
    public RowList<Row> rows() {
        return rows;
    }

    /** Shows options and which of them are right (by id); fires no change. */
    public void setValue(List<Option> options, List<String> answers) {
        List<Row> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Option o : options == null ? List.<Option>of() : options) {
            Row row = new Row();
            row.id = o == null ? null : o.id();
            row.text.setValue(orEmpty(o == null ? null : o.text()));
            row.feedback.setValue(orEmpty(o == null ? null : o.feedback()));
            row.right.setValue(o != null && o.id() != null && answers != null && answers.contains(o.id()));
            ids.add(row.id);
            list.add(row);
        }
        rows.setRows(list);
        loadedAnswers = answers == null ? List.of() : new ArrayList<>(answers);
        orphans = loadedAnswers.stream().filter(a -> !ids.contains(a)).toList();
    }

    /** The options as records; a new option's id is made from its text ({@code null} while it has none). */
    public List<Option> options() {
        List<Option> out = new ArrayList<>();
        List<String> ids = ids();
        List<Row> list = rows.rows();
        for (int i = 0; i < list.size(); i++) {
            Row r = list.get(i);
            out.add(new Option(ids.get(i), orNull(r.text.getValue()), orNull(r.feedback.getValue())));
        }
        return out;
    }

    /**
     * The ids of the right options: in the order they were loaded in, then newly ticked ones in option order; answers
     * that named no option are kept until the teacher ticks an option.
     */
    public List<String> answers() {
        List<String> ids = ids();
        List<Row> list = rows.rows();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).right.getValue()) {
                right.add(ids.get(i));
            }
        }
        List<String> out = new ArrayList<>();
        for (String a : loadedAnswers) {
            if (right.contains(a) || orphans.contains(a)) {
                out.add(a);
            }
        }
        right.stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }

    private List<String> ids() {
        List<Row> list = rows.rows();
        return RowIds.assign(
                list.stream().map(r -> r.id).toList(),
                list.stream().map(r -> r.text.getValue()).toList());
    }

    /** Registers {@code options}, each option's fields, and the right-answer path under {@code answerPath}. */
    public void problemTargets(ProblemTargets targets, String answerPath) {
        targets.slot("options", rows.problems()).slot(answerPath, rows.problems());
        List<Row> list = rows.rows();
        for (int i = 0; i < list.size(); i++) {
            String p = "options[" + i + "]";
            targets.field(p, list.get(i).text)
                    .field(p + ".text", list.get(i).text)
                    .field(p + ".id", list.get(i).text)
                    .field(p + ".feedback", list.get(i).feedback);
        }
    }
}
