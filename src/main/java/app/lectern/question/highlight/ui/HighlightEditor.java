package app.lectern.question.highlight.ui;

import static app.lectern.question.ui.EditorText.t;

import app.lectern.content.Markdown;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.SectionTextPicker;
import app.lectern.question.ui.TextRows;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Edits a {@code highlight} question: the section whose sentences are offered (the question's own by default), the
 * key passages — picked by selecting words in that section's text, or typed, each checked to lie within one
 * sentence as the validator checks it — and the earlier question it may follow.
 */
public final class HighlightEditor extends QuestionEditor<HighlightQuestion> {

    private final EditorContext context;
    private final BaseFields base;
    private final Select<String> section = new Select<>();
    private final SectionTextPicker picker;
    private final TextRows sentences;
    private final Select<String> follows = new Select<>();

    /** Creates an empty editor. */
    public HighlightEditor(EditorContext context) {
        super("highlight");
        this.context = context;
        base = new BaseFields("highlight", context, t("editor.prompt"), this::fireChange);
        section.setLabel(t("editor.highlight.section"));
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(t("editor.evidence.section.own", context.sectionId()));
        section.setItemLabelGenerator(id -> id == null ? t("editor.evidence.section.own", context.sectionId()) : id);
        section.setItems(new ArrayList<>(context.sectionTexts().keySet()));
        sentences = new TextRows(
                t("editor.highlight.sentences"),
                t("editor.highlight.sentence"),
                t("editor.highlight.sentence.field"),
                12,
                1000,
                true,
                this::fireChange);
        picker = new SectionTextPicker(
                t("editor.highlight.text"), t("editor.highlight.use"), this::problemWith, picked -> {
                    sentences.add(picked);
                    fireChange();
                });
        picker.showText(context.sectionText());
        section.addValueChangeListener(e -> {
            picker.showText(context.sectionText(e.getValue()));
            if (e.isFromClient()) {
                fireChange();
            }
        });
        follows.setLabel(t("editor.highlight.follows"));
        follows.setHelperText(t("editor.highlight.follows.help"));
        follows.setEmptySelectionAllowed(true);
        follows.setEmptySelectionCaption(t("editor.highlight.follows.none"));
        follows.setItemLabelGenerator(id -> id == null ? t("editor.highlight.follows.none") : id);
        setFollowChoices(null);
        follows.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireChange();
            }
        });
        Paragraph note = new Paragraph(t("editor.highlight.note"));
        note.addClassName("lectern-editor-note");
        addFields(base.top(), section, note, picker, sentences, follows, base.bottom());
    }

    private void setFollowChoices(String extra) {
        List<String> ids = new ArrayList<>(context.otherQuestionIds());
        Collections.sort(ids);
        if (extra != null && !ids.contains(extra)) {
            ids.add(extra);
        }
        follows.setItems(ids);
    }

    private void setSectionChoices(String extra) {
        List<String> ids = new ArrayList<>(context.sectionTexts().keySet());
        if (extra != null && !ids.contains(extra)) {
            ids.add(extra);
        }
        section.setItems(ids);
    }

    /** Why a picked passage cannot be a key entry: not within one sentence, or in the sentence of another entry. */
    private Optional<String> problemWith(String passage) {
        String body = context.sectionText(section.getValue());
        String id = section.getValue() == null ? context.sectionId() : section.getValue();
        Optional<String> sentence = HighlightQuestion.sentenceHolding(body, passage);
        if (sentence.isEmpty()) {
            return Optional.of(t("editor.highlight.notfound", id));
        }
        List<String> current = sentences.value();
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i) != null
                    && !Markdown.collapse(current.get(i)).isEmpty()
                    && HighlightQuestion.sentenceHolding(body, current.get(i)).equals(sentence)) {
                return Optional.of(t("editor.highlight.same", i + 1));
            }
        }
        return Optional.empty();
    }

    /** A new question without key passages. */
    public static HighlightQuestion blank(String id) {
        return new HighlightQuestion(BaseFields.blank(id, "highlight"), null, List.of(), null);
    }

    @Override
    public void setValue(HighlightQuestion question) {
        base.setValue(question == null ? null : question.base());
        String sectionId = question == null ? null : question.section();
        setSectionChoices(sectionId);
        section.setValue(sectionId);
        picker.showText(context.sectionText(sectionId));
        sentences.setValue(question == null ? null : question.sentences());
        String followed = question == null ? null : question.follows();
        setFollowChoices(followed);
        follows.setValue(followed);
    }

    @Override
    public HighlightQuestion value() {
        return new HighlightQuestion(base.value(), section.getValue(), sentences.value(), follows.getValue());
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The picker of key passages (for tests: what the browser's selection would send). */
    public SectionTextPicker picker() {
        return picker;
    }

    /** The key passages. */
    public TextRows sentences() {
        return sentences;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.field("section", section).field("follows", follows);
        sentences.problemTargets(targets, "sentences");
    }
}
