package app.lectern.question.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;
import app.lectern.content.Use;
import app.lectern.question.Option;
import app.lectern.question.categorize.CategorizeItem;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.categorize.ui.CategorizeEditor;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ui.ClozeEditor;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.highlight.ui.HighlightEditor;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.match.ui.MatchEditor;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.multiple.ui.MultipleEditor;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.numeric.ui.NumericEditor;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.open.ui.OpenEditor;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.order.ui.OrderEditor;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.shortanswer.ui.ShortEditor;
import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.question.truefalse.ui.TrueFalseEditor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each type's editor: what a teacher fills in is the record it builds, and its own fields show their problems. */
class TypeEditorsTest extends InputTestSupport {

    private static final EditorContext CONTEXT = new EditorContext(
            "captured",
            Map.of("captured", EditorFixtureView.BODY, "later", "Talks began in May. They ended in June."),
            Set.of("who-says"));

    private <E extends QuestionEditor<?>> E attach(E editor) {
        UI.getCurrent().add(editor);
        return editor;
    }

    /** Fills the prompt and explanation, picks a skill and "assignments only", and returns the expected base. */
    @SuppressWarnings("unchecked")
    private QuestionBase fillBase(QuestionEditor<?> editor, String type, String prompt) {
        List<TextArea> areas = $(TextArea.class, editor).all();
        test(areas.getFirst()).setValue(prompt); // the prompt comes first
        test($(TextArea.class, editor).withCaption("Explanation").single()).setValue("Because.");
        test($(Select.class, editor).withCaption("Skill").single()).selectItem("Inference");
        test($(RadioButtonGroup.class, editor).withCaption("Where it is used").single())
                .selectItem("Assignments only (assessment)");
        return new QuestionBase(
                BaseFields.proposeId(prompt, Set.of("who-says")),
                type,
                prompt,
                1.0,
                Skill.INFERENCE,
                "Because.",
                null,
                null,
                Use.ASSESSMENT);
    }

    @Test
    void multiple() {
        MultipleEditor editor = attach(new MultipleEditor(CONTEXT));
        editor.setValue(MultipleEditor.blank(""));
        QuestionBase base = fillBase(editor, "multiple", "Which sources does the author cite?");
        List<OptionsField.Row> rows = editor.options().rows().rows();
        test(rows.get(0).text()).setValue("Kyiv");
        test(rows.get(1).text()).setValue("Reuters");
        test(rows.get(2).text()).setValue("Moscow");
        test(rows.get(2).feedback()).setValue("Russia is not heard.");
        test(rows.get(1).right()).click();
        test(rows.get(0).right()).click();

        assertThat(editor.value())
                .isEqualTo(new MultipleQuestion(
                        base,
                        List.of(
                                new Option("kyiv", "Kyiv", null),
                                new Option("reuters", "Reuters", null),
                                new Option("moscow", "Moscow", "Russia is not heard.")),
                        List.of("kyiv", "reuters")));
        assertThat(rows.get(1).right().getValue()).as("several may be right").isTrue();
    }

    @Test
    void trueFalse() {
        TrueFalseEditor editor = attach(new TrueFalseEditor(CONTEXT));
        editor.setValue(TrueFalseEditor.blank(""));
        QuestionBase base = fillBase(editor, "true-false", "Beijing confirms the reports.");
        test(editor.answer()).selectItem("False");
        assertThat(editor.value()).isEqualTo(new TrueFalseQuestion(base, false));

        editor.showProblems(List.of(new FieldProblem("answer", "must not be null")));
        assertThat(editor.answer().getErrorMessage()).isEqualTo("must not be null");
    }

    @Test
    void shortAnswer() {
        ShortEditor editor = attach(new ShortEditor(CONTEXT));
        editor.setValue(ShortEditor.blank(""));
        QuestionBase base = fillBase(editor, "short", "Which city denies the reports?");
        test((TextField) editor.accept().rows().rows().get(0).field()).setValue("Beijing");
        test($(Button.class, editor).withText("Add accepted answer").single()).click();
        test((TextField) editor.accept().rows().rows().get(1).field()).setValue("Peking");
        test(editor.typos()).click();

        assertThat(editor.value()).isEqualTo(new ShortQuestion(base, List.of("Beijing", "Peking"), 1));
        editor.showProblems(List.of(new FieldProblem("accept[1]", "must not be blank")));
        assertThat(((TextField) editor.accept().rows().rows().get(1).field()).getErrorMessage())
                .isEqualTo("must not be blank");
    }

    @Test
    void numeric() {
        NumericEditor editor = attach(new NumericEditor(CONTEXT));
        editor.setValue(NumericEditor.blank(""));
        QuestionBase base = fillBase(editor, "numeric", "How many fighters were captured?");
        test(editor.answer()).setValue(2.0);
        test(editor.tolerance()).setValue(0.5);
        test(editor.unit()).setValue("fighters");
        assertThat(editor.value()).isEqualTo(new NumericQuestion(base, 2.0, 0.5, "fighters"));

        editor.showProblems(List.of(new FieldProblem("tolerance", "must be greater than or equal to 0")));
        assertThat(editor.tolerance().isInvalid()).isTrue();
    }

    @Test
    void order() {
        OrderEditor editor = attach(new OrderEditor(CONTEXT));
        editor.setValue(OrderEditor.blank(""));
        QuestionBase base = fillBase(editor, "order", "Put the events in order.");
        List<OrderEditor.Item> items = editor.items().rows();
        test(items.get(0).text()).setValue("Talks end");
        test(items.get(1).text()).setValue("Fighters captured");
        test(items.get(2).text()).setValue("Talks begin");
        test($(Button.class, editor)
                        .withAttribute("aria-label", "Move Item 1 down")
                        .single())
                .click();
        test($(Button.class, editor)
                        .withAttribute("aria-label", "Move Item 2 down")
                        .single())
                .click();

        assertThat(editor.value())
                .isEqualTo(new OrderQuestion(
                        base,
                        List.of(
                                new OrderItem("fighters-captured", "Fighters captured"),
                                new OrderItem("talks-begin", "Talks begin"),
                                new OrderItem("talks-end", "Talks end"))));
        editor.showProblems(List.of(new FieldProblem("items[2].text", "duplicate item text")));
        assertThat(editor.items().rows().get(2).text().getErrorMessage()).isEqualTo("duplicate item text");
    }

    @Test
    void match() {
        MatchEditor editor = attach(new MatchEditor(CONTEXT));
        editor.setValue(MatchEditor.blank(""));
        QuestionBase base = fillBase(editor, "match", "Who says what?");
        List<MatchEditor.Pair> pairs = editor.pairs().rows();
        test(pairs.get(0).left()).setValue("Kyiv");
        test(pairs.get(0).right()).setValue("Fighters were captured");
        test(pairs.get(1).left()).setValue("Beijing");
        test(pairs.get(1).right()).setValue("The reports are baseless");
        test($(Button.class, editor).withText("Add extra choice").single()).click();
        test($(Button.class, editor).withText("Add extra choice").single()).click();
        test((TextField) editor.distractors().rows().rows().get(0).field()).setValue("Talks are over");

        assertThat(editor.value())
                .as("an extra choice left empty is no choice yet")
                .isEqualTo(new MatchQuestion(
                        base,
                        List.of(
                                new MatchPair("Kyiv", "Fighters were captured"),
                                new MatchPair("Beijing", "The reports are baseless")),
                        List.of("Talks are over")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void categorize() {
        CategorizeEditor editor = attach(new CategorizeEditor(CONTEXT));
        editor.setValue(CategorizeEditor.blank(""));
        QuestionBase base = fillBase(editor, "categorize", "Fact or claim?");
        List<CategorizeEditor.Bin> bins = editor.categories().rows();
        test(bins.get(0).label()).setValue("Fact");
        test(bins.get(1).label()).setValue("Claim");
        List<CategorizeEditor.Item> items = editor.items().rows();
        test(items.get(0).text()).setValue("Talks went on through the spring");
        test(items.get(0).category()).selectItem("Fact");
        test(items.get(1).text()).setValue("The reports are baseless");
        test(items.get(1).category()).selectItem("Claim");

        assertThat(editor.value())
                .isEqualTo(new CategorizeQuestion(
                        base,
                        List.of(new Category("fact", "Fact"), new Category("claim", "Claim")),
                        List.of(
                                new CategorizeItem("Talks went on through the spring", "fact"),
                                new CategorizeItem("The reports are baseless", "claim"))));

        test($(Button.class, editor)
                        .withAttribute("aria-label", "Remove Category 1")
                        .single())
                .click();
        assertThat(editor.value().items().getFirst().category())
                .as("an item whose category was removed belongs nowhere")
                .isNull();
        editor.showProblems(List.of(new FieldProblem("items[0].category", "must not be blank")));
        assertThat(items.get(0).category().getErrorMessage()).isEqualTo("must not be blank");
    }

    @Test
    void cloze() {
        ClozeEditor editor = attach(new ClozeEditor(CONTEXT));
        editor.setValue(ClozeEditor.blank(""));
        QuestionBase base = fillBase(editor, "cloze", "Fill in the gaps.");
        test(editor.text()).setValue("Beijing calls the reports [[baseless|unfounded]].");
        assertThat(editor.gaps().getElement().getTextRecursively()).contains("baseless (also accepted: unfounded)");
        test(editor.bank()).click();
        test($(Button.class, editor).withText("Add extra word").single()).click();
        test((TextField) editor.distractors().rows().rows().getFirst().field()).setValue("proof");

        assertThat(editor.value())
                .isEqualTo(new ClozeQuestion(
                        base, "Beijing calls the reports [[baseless|unfounded]].", true, List.of("proof")));

        test(editor.text()).setValue("Beijing calls the reports [[baseless.");
        assertThat(editor.gaps().getElement().getTextRecursively()).contains("is not closed with ']]'");
        editor.showProblems(List.of(new FieldProblem("text", "blank 1 is not closed")));
        assertThat(editor.text().getErrorMessage()).isEqualTo("blank 1 is not closed");
    }

    @Test
    void highlight() {
        HighlightEditor editor = attach(new HighlightEditor(CONTEXT));
        editor.setValue(HighlightEditor.blank(""));
        QuestionBase base = fillBase(editor, "highlight", "Which sentence shows the author is careful?");

        editor.picker().offerSelection("baseless\". The author notes");
        assertThat(editor.picker().status()).contains("not within one sentence of section 'captured'");
        editor.picker().offerSelection("no evidence links\n the fighters");
        editor.picker().offerSelection("the government in Beijing");
        assertThat(editor.picker().status()).contains("same sentence as right sentence 1");
        assertThat(editor.value())
                .isEqualTo(new HighlightQuestion(base, null, List.of("no evidence links the fighters"), null));

        test($(Select.class, editor)
                        .withCaption("Section whose sentences are offered")
                        .single())
                .selectItem("later");
        editor.picker().offerSelection("no evidence links the fighters");
        assertThat(editor.picker().status()).contains("section 'later'");
        editor.picker().offerSelection("They ended in June.");
        test($(Select.class, editor).withCaption("Part B of (optional)").single())
                .selectItem("who-says");
        assertThat(editor.value())
                .isEqualTo(new HighlightQuestion(
                        base, "later", List.of("no evidence links the fighters", "They ended in June."), "who-says"));
    }

    @Test
    void open() {
        OpenEditor editor = attach(new OpenEditor(CONTEXT));
        editor.setValue(OpenEditor.blank(""));
        QuestionBase base = fillBase(editor, "open", "Can Kyiv trust Beijing?");
        test(editor.modelAnswer()).setValue("Kyiv has reasons to doubt.");
        test(editor.rubric().rows().getFirst().points()).setValue(2.0);
        test(editor.rubric().rows().getFirst().description()).setValue("Weighs both sides.");
        test($(Button.class, editor).withText("Add level").single()).click();
        test(editor.rubric().rows().get(1).points()).setValue(0.0);
        test(editor.rubric().rows().get(1).description()).setValue("One side only.");

        assertThat(editor.value())
                .isEqualTo(new OpenQuestion(
                        base,
                        "Kyiv has reasons to doubt.",
                        List.of(new RubricLevel(2.0, "Weighs both sides."), new RubricLevel(0.0, "One side only."))));
        editor.showProblems(List.of(new FieldProblem("model-answer", "must not be blank")));
        assertThat(editor.modelAnswer().getErrorMessage()).isEqualTo("must not be blank");
    }
}
