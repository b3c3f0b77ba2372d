package app.lectern.question.multiple.ui;

import app.lectern.question.Option;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.OptionsField;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import java.util.List;

/** Edits a {@code multiple} question: its options, their feedback, and which of them are right. */
public final class MultipleEditor extends QuestionEditor<MultipleQuestion> {

    private final BaseFields base;
    private final OptionsField options;

    /** Creates an empty editor. */
    public MultipleEditor(EditorContext context) {
        super("multiple");
        base = new BaseFields("multiple", context, t("editor.prompt"), this::fireChange);
        options = new OptionsField(false, this::fireChange);
        addFields(base.top(), options, base.bottom());
    }

    /** A new question with three empty options. */
    public static MultipleQuestion blank(String id) {
        Option empty = new Option(null, null, null);
        return new MultipleQuestion(BaseFields.blank(id, "multiple"), List.of(empty, empty, empty), List.of());
    }

    @Override
    public void setValue(MultipleQuestion question) {
        base.setValue(question == null ? null : question.base());
        options.setValue(question == null ? null : question.options(), question == null ? null : question.answers());
    }

    @Override
    public MultipleQuestion value() {
        return new MultipleQuestion(base.value(), options.options(), options.answers());
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The options. */
    public OptionsField options() {
        return options;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        options.problemTargets(targets, "answers");
    }
}
