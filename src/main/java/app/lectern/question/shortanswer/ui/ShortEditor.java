package app.lectern.question.shortanswer.ui;

import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemSlot;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.TextRows;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collections;

/**
 * Edits a {@code short} question: the accepted answers and whether one typo is forgiven. How answers are compared
 * (case, accents, punctuation, a leading article) is fixed by the format and said in a note.
 */
public final class ShortEditor extends QuestionEditor<ShortQuestion> {

    private final BaseFields base;
    private final TextRows accept;
    private final Checkbox typos = new Checkbox();
    private final ProblemSlot typosProblem = new ProblemSlot();

    /** Creates an empty editor. */
    public ShortEditor(EditorContext context) {
        super("short");
        base = new BaseFields("short", context, t("editor.prompt"), this::fireChange);
        accept = new TextRows(
                t("editor.short.accept"),
                t("editor.short.accept.row"),
                t("editor.short.accept.field"),
                50,
                200,
                false,
                this::fireChange);
        Paragraph rules = new Paragraph(t("editor.short.rules"));
        rules.addClassName("lectern-editor-note");
        typos.setLabel(t("editor.short.typos"));
        typos.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireChange();
            }
        });
        Div typoPart = new Div(typos, typosProblem);
        addFields(base.top(), accept, rules, typoPart, base.bottom());
    }

    /** A new question with one empty accepted answer. */
    public static ShortQuestion blank(String id) {
        return new ShortQuestion(BaseFields.blank(id, "short"), Collections.singletonList(null), null);
    }

    @Override
    public void setValue(ShortQuestion question) {
        base.setValue(question == null ? null : question.base());
        accept.setValue(question == null ? null : question.accept());
        typos.setValue(question != null && question.typos() != null && question.typos() >= 1);
    }

    @Override
    public ShortQuestion value() {
        return new ShortQuestion(base.value(), accept.value(), typos.getValue() ? 1 : 0);
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The accepted answers. */
    public TextRows accept() {
        return accept;
    }

    /** Whether one typo is forgiven. */
    public Checkbox typos() {
        return typos;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        accept.problemTargets(targets, "accept");
        targets.slot("typos", typosProblem);
    }
}
