package app.lectern.question.cloze.ui;

import app.lectern.content.LearningModule;
import app.lectern.question.OptionOrder;
import app.lectern.question.PartVerdict;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ClozeText;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cloze text with a field in each blank, labelled "Blank 1 of 3". With a word bank, each blank is a select of
 * the bank's words (the first answer of every blank plus the distractors, shuffled once) and the bank is shown
 * above the text; without one, each blank is a text field and no answer reaches the browser. Answered when every
 * blank is filled.
 */
public final class ClozeInput extends AbstractQuestionInput<ClozeAnswer> {

    /** The longest text accepted in one blank. */
    public static final int MAX_LENGTH = 200;

    private final List<AbstractField<?, String>> blanks = new ArrayList<>();
    private final List<String> bank;

    /**
     * Creates the input; {@code promptId} is the DOM id of the prompt that names the group.
     *
     * @param seed the question's display seed, from the server's display orders ({@link OptionOrder}): the word
     *     bank keeps its order on every render
     */
    public ClozeInput(ClozeQuestion question, LearningModule module, String promptId, long seed) {
        super("lectern-cloze-input");
        labelRootAsGroup(promptId);
        ClozeText cloze = ClozeText.parse(question.text());
        int count = cloze.blanks().size();
        bank = question.bank() ? bank(cloze, question.distractors(), seed) : List.of();
        if (question.bank()) {
            root().add(bankView(bank));
        }
        Div text = new Div();
        text.addClassName("lectern-cloze-text");
        for (int i = 0; i < count; i++) {
            text.add(segment(cloze.segments().get(i)));
            AbstractField<?, String> blank = question.bank() ? bankSelect(bank) : textBlank();
            ((HasAriaLabel) blank).setAriaLabel(t("question.cloze.blank", i + 1, count));
            blank.addValueChangeListener(e -> fireChange());
            blanks.add(blank);
            text.add(blank);
        }
        text.add(segment(cloze.segments().getLast()));
        root().add(text);
    }

    /** The distinct first answers of the blanks and the distractors, in the order the seed fixes. */
    static List<String> bank(ClozeText cloze, List<String> distractors, long seed) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        cloze.blanks().forEach(b -> words.add(b.answer()));
        distractors.forEach(d -> words.add(d.strip()));
        return OptionOrder.shuffle(List.copyOf(words), seed);
    }

    private Div bankView(List<String> bank) {
        Span heading = new Span(t("question.cloze.bank"));
        heading.addClassName("lectern-cloze-bank-heading");
        UnorderedList words = new UnorderedList();
        words.addClassName("lectern-cloze-bank-words");
        bank.forEach(w -> words.add(new ListItem(w)));
        Div view = new Div(heading, words);
        view.addClassName("lectern-cloze-bank");
        return view;
    }

    private static Span segment(String markdown) {
        // the text around the blanks is shown as written; the blank fields sit inline between the spans
        Span span = new Span(markdown);
        span.addClassName("lectern-cloze-segment");
        return span;
    }

    private Select<String> bankSelect(List<String> bank) {
        Select<String> select = new Select<>();
        select.addClassName("lectern-cloze-blank");
        select.setItems(bank);
        select.setPlaceholder(t("question.cloze.choose"));
        return select;
    }

    private static TextField textBlank() {
        TextField field = new TextField();
        field.addClassName("lectern-cloze-blank");
        field.setMaxLength(MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    @Override
    public Optional<ClozeAnswer> answer() {
        List<String> values = new ArrayList<>();
        for (HasValue<?, String> blank : blanks) {
            String value = blank.getValue() == null ? "" : blank.getValue().strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value);
        }
        return Optional.of(new ClozeAnswer(List.copyOf(values)));
    }

    @Override
    public void restore(ClozeAnswer answer) {
        List<String> given = answer == null || answer.blanks() == null ? List.of() : answer.blanks();
        for (int i = 0; i < blanks.size(); i++) {
            String value = i < given.size() && given.get(i) != null ? given.get(i) : "";
            if (bank.isEmpty()) {
                blanks.get(i).setValue(value);
            } else {
                // a select takes only the bank's words; an unknown one leaves the blank empty
                blanks.get(i).setValue(bank.contains(value) ? value : null);
            }
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        blanks.forEach(b -> b.setReadOnly(readOnly));
    }

    /** Each blank's mark under it, as the field's helper text. */
    @Override
    public void showParts(List<PartVerdict> verdicts) {
        Map<String, PartVerdict.Mark> marks = byPart(verdicts);
        for (int i = 0; i < blanks.size(); i++) {
            PartVerdict.Mark mark = marks.get(String.valueOf(i));
            ((HasHelper) blanks.get(i)).setHelperComponent(mark == null ? null : partMark(mark));
        }
    }

    @Override
    public void clearParts() {
        blanks.forEach(b -> ((HasHelper) b).setHelperComponent(null));
    }
}
