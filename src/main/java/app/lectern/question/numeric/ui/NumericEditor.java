package app.lectern.question.numeric.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

/** Edits a {@code numeric} question: the right number, how far off an answer may be, and the unit. */
public final class NumericEditor extends QuestionEditor<NumericQuestion> {

    private final BaseFields base;
    private final NumberField answer = new NumberField();
    private final NumberField tolerance = new NumberField();
    private final TextField unit = new TextField();

    /** Creates an empty editor. */
    public NumericEditor(EditorContext context) {
        super("numeric");
        base = new BaseFields("numeric", context, t("editor.prompt"), this::fireChange);
        answer.setLabel(t("editor.numeric.answer"));
        tolerance.setLabel(t("editor.numeric.tolerance"));
        tolerance.setHelperText(t("editor.numeric.tolerance.help"));
        tolerance.setMin(0);
        unit.setLabel(t("editor.numeric.unit"));
        unit.setHelperText(t("editor.numeric.unit.help"));
        unit.setMaxLength(40);
        answer.addValueChangeListener(e -> changed(e.isFromClient()));
        tolerance.addValueChangeListener(e -> changed(e.isFromClient()));
        unit.addValueChangeListener(e -> changed(e.isFromClient()));
        Div numbers = new Div(answer, tolerance, unit);
        numbers.addClassName("lectern-editor-inline");
        addFields(base.top(), numbers, base.bottom());
    }

    private void changed(boolean fromClient) {
        if (fromClient) {
            fireChange();
        }
    }

    /** A new question without its number. */
    public static NumericQuestion blank(String id) {
        return new NumericQuestion(BaseFields.blank(id, "numeric"), null, null, null);
    }

    @Override
    public void setValue(NumericQuestion question) {
        base.setValue(question == null ? null : question.base());
        answer.setValue(question == null ? null : question.answer());
        tolerance.setValue(question == null ? null : question.tolerance());
        unit.setValue(orEmpty(question == null ? null : question.unit()));
    }

    @Override
    public NumericQuestion value() {
        return new NumericQuestion(base.value(), answer.getValue(), tolerance.getValue(), orNull(unit.getValue()));
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The right number. */
    public NumberField answer() {
        return answer;
    }

    /** The tolerance. */
    public NumberField tolerance() {
        return tolerance;
    }

    /** The unit. */
    public TextField unit() {
        return unit;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.field("answer", answer).field("tolerance", tolerance).field("unit", unit);
    }
}
