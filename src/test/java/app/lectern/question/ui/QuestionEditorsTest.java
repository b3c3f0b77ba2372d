package app.lectern.question.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.Option;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.single.ui.SingleEditor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The editor registry and what every editor shares: every question of the shipped modules comes back unchanged
 * from its editor, problems show at the field their path names, and evidence picked in the section text is checked
 * as the validator checks it.
 */
class QuestionEditorsTest extends InputTestSupport {

    private static List<LearningModule> shippedModules() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("content"))) {
            return folders.filter(f -> Files.exists(f.resolve(ModuleLoader.MODULE_FILE)))
                    .sorted()
                    .map(f -> new ModuleLoader()
                            .load(f.resolve(ModuleLoader.MODULE_FILE))
                            .module()
                            .orElseThrow())
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQuestionOfTheShippedModulesComesBackUnchangedFromItsEditor() throws IOException {
        List<LearningModule> modules = shippedModules();
        assertThat(modules).hasSizeGreaterThanOrEqualTo(2);
        return modules.stream()
                .flatMap(module -> module.sections().stream()
                        .flatMap(section -> section.allQuestions()
                                .map(q -> DynamicTest.dynamicTest(module.id() + "/" + q.id(), () -> {
                                    QuestionEditor<?> editor =
                                            QuestionEditors.edit(q, EditorContext.of(module, section, q));
                                    UI.getCurrent().add(editor);
                                    assertThat(editor.value()).isEqualTo(q);
                                    assertThat(editor.typeName())
                                            .isEqualTo(QuestionTypes.of(q).name());
                                }))));
    }

    @Test
    void everyTypeHasAnEditorAndABlankRecordThatComesBackUnchanged() {
        for (QuestionType<?, ?> type : QuestionTypes.ALL) {
            Question blank = QuestionEditors.blank(type.name(), "new-q");
            assertThat(blank).as(type.name()).isInstanceOf(type.questionClass());
            assertThat(blank.id()).isEqualTo("new-q");
            assertThat(blank.base().type()).isEqualTo(type.name());
            QuestionEditor<?> editor = QuestionEditors.edit(blank, context(Set.of()));
            assertThat(editor.value()).as(type.name()).isEqualTo(blank);
            assertThat(QuestionEditors.editorFor(type.name(), context(Set.of())).value())
                    .as("an editor that was never given a question builds a record anyway")
                    .isInstanceOf(type.questionClass());
        }
        assertThatThrownBy(() -> QuestionEditors.blank("essay", "x")).hasMessageContaining("no editor");
    }

    private static EditorContext context(Set<String> otherIds) {
        return new EditorContext("captured", java.util.Map.of("captured", EditorFixtureView.BODY), otherIds);
    }

    private SingleEditor single() {
        SingleEditor editor = new SingleEditor(context(Set.of("who-says")));
        UI.getCurrent().add(editor);
        editor.setValue(SingleEditor.blank("x"));
        return editor;
    }

    @Test
    void filledFieldsMakeTheExpectedRecordAndTheIdIsProposedFromThePrompt() {
        SingleEditor editor = single();
        AtomicInteger changes = new AtomicInteger();
        editor.addChangeListener(changes::incrementAndGet);
        // "x" was given, so the prompt proposes nothing until the id is emptied
        test(editor.base()
                        .top()
                        .getChildren()
                        .filter(TextField.class::isInstance)
                        .map(TextField.class::cast)
                        .findFirst()
                        .orElseThrow())
                .setValue("");
        test($(com.vaadin.flow.component.textfield.TextArea.class, editor).first())
                .setValue("Who says?");
        List<OptionsField.Row> rows = editor.options().rows().rows();
        test(rows.get(0).text()).setValue("Officials in Kyiv");
        test(rows.get(0).feedback()).setValue("They report the captures.");
        test(rows.get(1).text()).setValue("Beijing");
        test(rows.get(1).right()).click();
        test(rows.get(0).right()).click();

        SingleQuestion q = editor.value();
        assertThat(q.base().id()).isEqualTo("who-says-2"); // "who-says" is another question's
        assertThat(q.base().prompt()).isEqualTo("Who says?");
        assertThat(q.options())
                .containsExactly(
                        new Option("officials-in-kyiv", "Officials in Kyiv", "They report the captures."),
                        new Option("beijing", "Beijing", null));
        assertThat(q.answer())
                .as("one right option: ticking one unticks the other")
                .isEqualTo("officials-in-kyiv");
        assertThat(rows.get(1).right().getValue()).isFalse();
        assertThat(changes.get()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void addingMovingAndRemovingOptionsFireChangesAndKeepTheRightOne() {
        SingleEditor editor = new SingleEditor(context(Set.of()));
        UI.getCurrent().add(editor);
        editor.setValue(EditorFixtureView.SINGLE);
        AtomicInteger changes = new AtomicInteger();
        editor.addChangeListener(changes::incrementAndGet);

        test($(com.vaadin.flow.component.button.Button.class, editor)
                        .withText("Add option")
                        .single())
                .click();
        assertThat(editor.value().options()).hasSize(4).last().isEqualTo(new Option(null, null, null));
        test($(com.vaadin.flow.component.button.Button.class, editor)
                        .withAttribute("aria-label", "Move Option 1 down")
                        .single())
                .click();
        test($(com.vaadin.flow.component.button.Button.class, editor)
                        .withAttribute("aria-label", "Remove Option 4")
                        .single())
                .click();

        SingleQuestion q = editor.value();
        assertThat(q.options()).extracting(Option::id).containsExactly("beijing", "kyiv", "author");
        assertThat(q.answer()).isEqualTo("kyiv");
        assertThat(changes.get()).isEqualTo(3);
    }

    @Test
    void aProblemShowsAtItsFieldAndUnknownPathsAtTheTop() {
        SingleEditor editor = new SingleEditor(context(Set.of()));
        UI.getCurrent().add(editor);
        editor.setValue(EditorFixtureView.SINGLE);

        editor.showProblems(List.of(
                new FieldProblem("options[1].text", "must not be blank"),
                new FieldProblem("answer", "'zz' is not an option id"),
                new FieldProblem("evidence.quote", "not found in the text of section 'captured'"),
                new FieldProblem("lint-ignore", "unknown rule")));

        OptionsField.Row second = editor.options().rows().rows().get(1);
        assertThat(second.text().isInvalid()).isTrue();
        assertThat(second.text().getErrorMessage()).isEqualTo("must not be blank");
        assertThat(editor.options().rows().rows().get(0).text().isInvalid()).isFalse();
        assertThat(editor.options().rows().problems().message()).isEqualTo("'zz' is not an option id");
        assertThat(editor.base().evidence().quote().getErrorMessage())
                .isEqualTo("not found in the text of section 'captured'");
        assertThat(editor.base().evidence().isOpened())
                .as("the evidence opens to show its problem")
                .isTrue();
        assertThat($(ListItem.class, editor).all())
                .extracting(ListItem::getText)
                .containsExactly("lint-ignore: unknown rule");

        editor.showProblems(List.of());
        assertThat(second.text().isInvalid()).isFalse();
        assertThat(editor.options().rows().problems().isVisible()).isFalse();
        assertThat($(ListItem.class, editor).all()).isEmpty();
    }

    @Test
    void aLoaderPathBecomesAPathRelativeToItsQuestion() {
        assertThat(FieldProblem.under("sections[2].questions[1]", "sections[2].questions[1].options[0].text", "m"))
                .contains(new FieldProblem("options[0].text", "m"));
        assertThat(FieldProblem.under("sections[2].questions[1]", "sections[2].questions[1]", "m"))
                .contains(new FieldProblem("", "m"));
        assertThat(FieldProblem.under("sections[2].questions[1]", "sections[2].questions[10].prompt", "m"))
                .isEmpty();
        assertThat(FieldProblem.under("sections[2].questions[1]", "sections[2].title", "m"))
                .isEmpty();
    }

    @Test
    void evidenceSelectedInTheTextIsCheckedAsTheValidatorChecksIt() {
        SingleEditor editor = single();
        EvidenceFields evidence = editor.base().evidence();

        evidence.picker().offerSelection("Officials in Moscow say");
        assertThat(evidence.picker().status()).contains("not in the text of section 'captured'");
        assertThat(editor.value().base().evidence())
                .as("a refused selection changes nothing")
                .isNull();

        evidence.picker().offerSelection("");
        assertThat(evidence.picker().status()).contains("Nothing is selected");
        evidence.picker().offerSelection("x".repeat(1001));
        assertThat(evidence.picker().status()).contains("1001 characters");

        // a selection across the bold words and a line break, as a browser's selection gives it
        evidence.picker().offerSelection("say that Chinese\n citizens were captured");
        assertThat(editor.value().base().evidence())
                .isEqualTo(new Evidence(null, "say that Chinese citizens were captured"));
        assertThat(Evidence.quoteIn(EditorFixtureView.BODY, "say that Chinese citizens were captured"))
                .isTrue();
    }

    @Test
    void aTypedQuoteIsCheckedToo() {
        SingleEditor editor = single();
        test(editor.base().evidence().quote()).setValue("completely groundless");
        assertThat(editor.base().evidence().quote().isInvalid()).isTrue();
        assertThat(editor.base().evidence().quote().getErrorMessage()).contains("not in the text");
        assertThat(editor.value().base().evidence())
                .as("kept, so that nothing typed is lost; the validator lists it")
                .isEqualTo(new Evidence(null, "completely groundless"));

        test(editor.base().evidence().quote()).setValue("completely baseless");
        assertThat(editor.base().evidence().quote().isInvalid()).isFalse();
    }

    @Test
    void anIdThatIsNotASlugOrIsTakenIsSaidAtOnce() {
        SingleEditor editor = single();
        TextField id = editor.base()
                .top()
                .getChildren()
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .findFirst()
                .orElseThrow();
        test(id).setValue("Who Says");
        assertThat(id.getErrorMessage()).contains("lower-case letters");
        test(id).setValue("who-says");
        assertThat(id.getErrorMessage()).contains("already has the id 'who-says'");
    }

    @Test
    void theContextOfAModuleQuestionLeavesOnlyThatQuestionOut() {
        Section section = EditorFixtureView.MODULE.sections().getFirst();
        EditorContext ctx = EditorContext.of(EditorFixtureView.MODULE, section, EditorFixtureView.CLOZE);
        assertThat(ctx.otherQuestionIds()).containsExactlyInAnyOrder("who-says", "careful-author");
        assertThat(ctx.sectionText()).isEqualTo(EditorFixtureView.BODY);
        assertThat(BaseFields.proposeId("Who says “Chinese” citizens — were captured, and why?", Set.of()))
                .isEqualTo("who-says-chinese-citizens-were-captured");
        assertThat(BaseFields.proposeId("¿¡!", Set.of())).isEmpty();
    }

    @Test
    void aRecordWithNullsIsShownWithoutError() {
        SingleQuestion broken = new SingleQuestion(
                new QuestionBase(null, "single", null, null, Skill.RECALL, null, null, null), null, "ghost");
        QuestionEditor<?> editor = QuestionEditors.edit(broken, context(Set.of()));
        assertThat(editor.value())
                .as("an answer naming no option is kept until an option is ticked")
                .isEqualTo(new SingleQuestion(broken.base(), List.of(), "ghost"));
    }
}
