package app.lectern.question.cloze.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ClozeText;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemSlot;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.TextRows;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;

/**
 * Edits a {@code cloze} question: the text with its gaps written {@code [[answer|alternative]]}, listed below it as
 * the learner's blanks (or what is wrong with them), the word bank switch and its extra words.
 */
public final class ClozeEditor extends QuestionEditor<ClozeQuestion> {

    private final BaseFields base;
    private final TextArea text = new TextArea();
    private final Div gaps = new Div();
    private final Checkbox bank = new Checkbox();
    private final ProblemSlot bankProblem = new ProblemSlot();
    private final TextRows distractors;

    /** Creates an empty editor. */
    public ClozeEditor(EditorContext context) {
        super("cloze");
        base = new BaseFields("cloze", context, t("editor.prompt"), this::fireChange);
        text.setLabel(t("editor.cloze.text"));
        text.setHelperText(t("editor.cloze.text.help"));
        text.setMaxLength(4000);
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            showGaps();
            if (e.isFromClient()) {
                fireChange();
            }
        });
        gaps.addClassName("lectern-editor-gaps");
        gaps.getElement().setAttribute("aria-live", "polite");
        bank.setLabel(t("editor.cloze.bank"));
        bank.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireChange();
            }
        });
        distractors = new TextRows(
                t("editor.cloze.distractors"),
                t("editor.cloze.distractor"),
                t("editor.cloze.distractor.field"),
                12,
                200,
                false,
                this::fireChange);
        showGaps();
        addFields(base.top(), text, gaps, new Div(bank, bankProblem), distractors, base.bottom());
    }

    private void showGaps() {
        gaps.removeAll();
        String value = text.getValue();
        if (value.isBlank()) {
            return;
        }
        try {
            List<ClozeText.Blank> blanks = ClozeText.parse(value).blanks();
            if (blanks.isEmpty()) {
                gaps.add(new Span(t("editor.cloze.nogaps")));
                return;
            }
            gaps.add(new Span(t("editor.cloze.gaps")));
            OrderedList list = new OrderedList();
            for (ClozeText.Blank blank : blanks) {
                String also = blank.answers().size() > 1
                        ? " "
                                + t(
                                        "editor.cloze.also",
                                        String.join(
                                                ", ",
                                                blank.answers()
                                                        .subList(
                                                                1,
                                                                blank.answers().size())))
                        : "";
                list.add(new ListItem(blank.answer() + also));
            }
            gaps.add(list);
        } catch (IllegalArgumentException e) {
            gaps.add(new Span(e.getMessage()));
        }
    }

    /** A new question without text. */
    public static ClozeQuestion blank(String id) {
        return new ClozeQuestion(BaseFields.blank(id, "cloze"), null, null, null);
    }

    @Override
    public void setValue(ClozeQuestion question) {
        base.setValue(question == null ? null : question.base());
        text.setValue(orEmpty(question == null ? null : question.text()));
        bank.setValue(question != null && Boolean.TRUE.equals(question.bank()));
        distractors.setValue(question == null ? null : question.distractors());
    }

    @Override
    public ClozeQuestion value() {
        // the record copies its distractors, which refuses nulls: an empty row is simply no distractor yet
        return new ClozeQuestion(
                base.value(),
                orNull(text.getValue()),
                bank.getValue(),
                distractors.value().stream().filter(Objects::nonNull).toList());
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The text with its gaps. */
    public TextArea text() {
        return text;
    }

    /** The gaps as parsed from the text (or what is wrong with them). */
    public Div gaps() {
        return gaps;
    }

    /** Whether a word bank is shown. */
    public Checkbox bank() {
        return bank;
    }

    /** The word bank's extra words. */
    public TextRows distractors() {
        return distractors;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.field("text", text).slot("bank", bankProblem);
        distractors.problemTargets(targets, "distractors");
    }
}
