package app.lectern.question.truefalse.ui;

import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** Edits a {@code true-false} question: the statement (its prompt) and whether it is true. */
public final class TrueFalseEditor extends QuestionEditor<TrueFalseQuestion> {

    private final BaseFields base;
    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();

    /** Creates an empty editor. */
    public TrueFalseEditor(EditorContext context) {
        super("true-false");
        base = new BaseFields("true-false", context, t("editor.statement"), this::fireChange);
        answer.setLabel(t("editor.truefalse.answer"));
        answer.setItems(Boolean.TRUE, Boolean.FALSE);
        answer.setItemLabelGenerator(b -> t(b ? "editor.truefalse.true" : "editor.truefalse.false"));
        answer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireChange();
            }
        });
        addFields(base.top(), answer, base.bottom());
    }

    /** A new statement, neither true nor false yet. */
    public static TrueFalseQuestion blank(String id) {
        return new TrueFalseQuestion(BaseFields.blank(id, "true-false"), null);
    }

    @Override
    public void setValue(TrueFalseQuestion question) {
        base.setValue(question == null ? null : question.base());
        answer.setValue(question == null ? null : question.answer());
    }

    @Override
    public TrueFalseQuestion value() {
        return new TrueFalseQuestion(base.value(), answer.getValue());
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** Whether the statement is true. */
    public RadioButtonGroup<Boolean> answer() {
        return answer;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.field("answer", answer);
    }
}
