package app.lectern.reader.ui;

import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.PaperQuestion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;

/**
 * A question as printed on paper: number, points, prompt, the choices and blank answer lines, nothing of the key.
 * The worksheet and the teacher guide both print questions with it.
 */
public final class PaperQuestions {

    private PaperQuestions() {}

    /** The printed question. */
    public static Div of(Component view, int number, PaperQuestion paper) {
        Div box = new Div();
        box.addClassName("paper-question");
        box.setId("paper-" + paper.question().id());
        Paragraph head = new Paragraph();
        head.addClassName("paper-question-head");
        Span label = new Span(view.getTranslation(
                "reader.worksheet.question",
                number,
                BigDecimal.valueOf(paper.question().points())
                        .stripTrailingZeros()
                        .toPlainString()));
        label.addClassName("paper-question-number");
        Span prompt = new Span();
        prompt.getElement()
                .setProperty(
                        "innerHTML", Markdown.inlineHtml(paper.question().base().prompt()));
        head.add(label, new Span(" "), prompt);
        box.add(head);
        box.add(instruction(view, paper));
        switch (paper.kind()) {
            case PICK_ONE, PICK_SOME -> box.add(boxes(paper.choices(), true));
            case TRUE_FALSE ->
                box.add(boxes(
                        List.of(
                                view.getTranslation("reader.worksheet.true"),
                                view.getTranslation("reader.worksheet.false")),
                        false));
            case WRITE_SHORT, WRITE_NUMBER -> box.add(lines(1));
            case WRITE_LONG -> box.add(lines(6));
            case ORDER -> box.add(blanksBefore(paper.choices()));
            case MATCH -> {
                box.add(blanksBefore(paper.choices()));
                OrderedList targets = new OrderedList(OrderedList.NumberingType.UPPERCASE_LETTER);
                targets.addClassName("paper-targets");
                paper.targets().forEach(t -> targets.add(new ListItem(t)));
                box.add(targets);
            }
            case CATEGORIZE -> {
                Paragraph categories = new Paragraph(
                        view.getTranslation("reader.worksheet.categories", String.join(" \u00b7 ", paper.targets())));
                categories.addClassName("paper-targets");
                box.add(categories, blanksAfter(paper.choices()));
            }
            case CLOZE -> {
                Paragraph text = new Paragraph(paper.gapText());
                text.addClassName("paper-cloze");
                box.add(text);
                if (!paper.choices().isEmpty()) {
                    Paragraph bank = new Paragraph(
                            view.getTranslation("reader.worksheet.bank", String.join(" \u00b7 ", paper.choices())));
                    bank.addClassName("paper-targets");
                    box.add(bank);
                }
            }
            case HIGHLIGHT -> {
                // the sentences are underlined in the section text printed above
            }
        }
        return box;
    }

    private static Paragraph instruction(Component view, PaperQuestion paper) {
        String key = "reader.worksheet.how." + paper.kind().name();
        Paragraph how = new Paragraph(
                paper.kind() == PaperQuestion.Kind.HIGHLIGHT
                        ? view.getTranslation(key, paper.gapText())
                        : view.getTranslation(key));
        how.addClassName("paper-instruction");
        return how;
    }

    private static UnorderedList boxes(List<String> choices, boolean labelled) {
        UnorderedList list = new UnorderedList();
        list.addClassName("paper-choices");
        for (int i = 0; i < choices.size(); i++) {
            String text = (labelled ? Option.label(i) + " " : "") + choices.get(i);
            list.add(new ListItem("\u2610 " + text));
        }
        return list;
    }

    private static UnorderedList blanksBefore(List<String> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName("paper-choices");
        items.forEach(item -> list.add(new ListItem("____  " + item)));
        return list;
    }

    private static UnorderedList blanksAfter(List<String> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName("paper-choices");
        items.forEach(item -> list.add(new ListItem(item + "  \u2192 ______________")));
        return list;
    }

    private static Div lines(int count) {
        Div lines = new Div();
        lines.addClassName("paper-lines");
        lines.getElement().setAttribute("aria-hidden", "true");
        for (int i = 0; i < count; i++) {
            Div line = new Div();
            line.addClassName("paper-line");
            lines.add(line);
        }
        return lines;
    }
}
