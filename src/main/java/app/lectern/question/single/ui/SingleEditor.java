package app.lectern.question.single.ui;

import app.lectern.question.Option;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.OptionsField;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import java.util.List;

/** Edits a {@code single} question: its options, their feedback, and the one right option. */
public final class SingleEditor extends QuestionEditor<SingleQuestion> {

    private final BaseFields base;
    private final OptionsField options;

    /** Creates an empty editor. */
    public SingleEditor(EditorContext context) {
        super("single");
        base = new BaseFields("single", context, t("editor.prompt"), this::fireChange);
        options = new OptionsField(true, this::fireChange);
        addFields(base.top(), options, base.bottom());
    }

    /** A new question with two empty options. */
    public static SingleQuestion blank(String id) {
        return new SingleQuestion(
                BaseFields.blank(id, "single"),
                List.of(new Option(null, null, null), new Option(null, null, null)),
                null);
    }

    @Override
    public void setValue(SingleQuestion question) {
        base.setValue(question == null ? null : question.base());
        options.setValue(
                question == null ? null : question.options(),
                question == null || question.answer() == null ? List.of() : List.of(question.answer()));
    }

    @Override
    public SingleQuestion value() {
        List<String> answers = options.answers();
        return new SingleQuestion(base.value(), options.options(), answers.isEmpty() ? null : answers.getFirst());
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
        options.problemTargets(targets, "answer");
    }
}
