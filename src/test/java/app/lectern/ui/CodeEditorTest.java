package app.lectern.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.i18n.BundleTranslationProvider;
import app.lectern.ui.CodeEditor.Diagnostic;
import app.lectern.ui.CodeEditor.Severity;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The code editor's server side: what the browser sends is taken only within the limit, with a message otherwise;
 * problems reach the browser as lint data and the page as a list of buttons. The browser itself: {@code
 * CodeEditorIT}.
 */
// the same small context as the question inputs' tests (translations only), so no new Spring context
@ContextConfiguration(classes = BundleTranslationProvider.class)
class CodeEditorTest extends SpringBrowserlessTest {

    private CodeEditor editor;
    private final List<ComponentValueChangeEvent<CodeEditor, String>> changes = new ArrayList<>();

    // no views needed: the editor is put into the UI as it is
    @Override
    protected Routes discoverRoutes() {
        return discoverRoutes(Set.of(CodeEditorTest.class.getPackageName() + ".none"));
    }

    @BeforeEach
    void show() {
        editor = new CodeEditor("module.yaml");
        editor.addValueChangeListener(changes::add);
        UI.getCurrent().add(editor);
    }

    private Element browserSide() {
        return editor.getElement()
                .getChildren()
                .filter(e -> e.getTag().equals("lectern-code-editor"))
                .findFirst()
                .orElseThrow();
    }

    /** An event as the editor's script sends it. */
    private void send(String type, String key, JsonNode value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.set(key, value);
        Element element = browserSide();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }

    private void type(String text) {
        send(
                "lectern-code-change",
                "event.detail.value",
                JacksonUtils.getMapper().valueToTree(text));
    }

    private String message() {
        return $(Paragraph.class, editor)
                .withClassName("lectern-code-message")
                .single()
                .getText();
    }

    private List<String> listedProblems() {
        return $(NativeButton.class, editor).withClassName("lectern-code-problem").all().stream()
                .map(NativeButton::getText)
                .toList();
    }

    @Test
    void aValueSetOnTheServerReachesTheBrowserAndAnEditComesBack() {
        editor.setValue("id: a\n");
        assertThat(browserSide().getProperty("value")).isEqualTo("id: a\n");
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().isFromClient()).isFalse();

        type("id: b\ntitle: B\n");

        assertThat(editor.getValue()).isEqualTo("id: b\ntitle: B\n");
        assertThat(changes).hasSize(2);
        assertThat(changes.getLast().isFromClient()).isTrue();
        assertThat(changes.getLast().getValue()).isEqualTo("id: b\ntitle: B\n");
        assertThat(message()).isEmpty();
    }

    @Test
    void settingBackTheTextTheBrowserHadBeforeAnEditTellsTheBrowserAgain() {
        editor.setValue("id: a\n");
        int before = browserSide().getProperty("revision", 0);
        type("id: b\n");

        editor.setValue("id: a\n");

        // "value" is what the server last sent, unchanged: only a new revision makes the browser show it again
        assertThat(browserSide().getProperty("value")).isEqualTo("id: a\n");
        assertThat(browserSide().getProperty("revision", 0)).isGreaterThan(before + 0);
        assertThat(editor.getValue()).isEqualTo("id: a\n");
    }

    @Test
    void aTextOverTheLimitIsRefusedWithAMessageAndTheValueStays() {
        editor.setMaxLength(20);
        editor.setValue("id: a\n");

        type("title: " + "x".repeat(30));

        assertThat(editor.getValue()).isEqualTo("id: a\n");
        assertThat(changes).hasSize(1);
        assertThat(message())
                .isEqualTo("This text has 37 characters, more than the 20 the editor takes, "
                        + "so your changes are not kept until you shorten it.");

        type("title: short");
        assertThat(editor.getValue()).isEqualTo("title: short");
        assertThat(message()).isEmpty();
    }

    @Test
    void theBrowserReportsATextTooLongToSendAndOnlyTheLimitIsBelieved() {
        assertThat(browserSide().getProperty("maxLength", 0)).isEqualTo(CodeEditor.DEFAULT_MAX_LENGTH);
        editor.setValue("id: a\n");

        send(
                "lectern-code-too-long",
                "event.detail.length",
                JacksonUtils.getMapper().valueToTree(300_000));
        assertThat(message()).startsWith("This text has 300,000 characters, more than the 262,144");
        assertThat(editor.getValue()).isEqualTo("id: a\n");

        // a made-up length is not repeated to the user
        send(
                "lectern-code-too-long",
                "event.detail.length",
                JacksonUtils.getMapper().valueToTree("lots"));
        assertThat(message()).startsWith("This text has more than the 262,144 characters");
    }

    @Test
    void anythingButATextIsIgnoredAndAReadOnlyEditorTakesNothing() {
        editor.setValue("id: a\n");
        send(
                "lectern-code-change",
                "event.detail.value",
                JacksonUtils.getMapper().valueToTree(42));
        send("lectern-code-change", "event.detail.value", JacksonUtils.createObjectNode());
        assertThat(editor.getValue()).isEqualTo("id: a\n");

        editor.setReadOnly(true);
        assertThat(browserSide().getProperty("readonly", false)).isTrue();
        type("id: b\n");
        assertThat(editor.getValue()).isEqualTo("id: a\n");
    }

    @Test
    void problemsAreSentAsLintDataAndListedAsButtonsInOrder() {
        editor.setValue("id: a\n\ttitle: B\nsummary: TODO\n");
        editor.setDiagnostics(List.of(
                new Diagnostic(2, 1, Severity.ERROR, "tabs are not allowed"),
                new Diagnostic(3, 10, Severity.WARNING, "still to do")));

        ArrayNode sent = (ArrayNode) JacksonUtils.getMapper()
                .readTree(browserSide().getPropertyRaw("diagnostics").toString());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(sent.get(0).get("column").asInt()).isEqualTo(1);
        assertThat(sent.get(0).get("severity").asString()).isEqualTo("error");
        assertThat(sent.get(1).get("message").asString()).isEqualTo("still to do");

        assertThat(listedProblems())
                .containsExactly(
                        "Error, line 2, column 1: tabs are not allowed", "Warning, line 3, column 10: still to do");
        assertThat($(Paragraph.class, editor)
                        .withClassName("lectern-code-problems-title")
                        .single()
                        .getText())
                .isEqualTo("Problems: 1 error, 1 warning");

        editor.setDiagnostics(List.of());
        assertThat(listedProblems()).isEmpty();
        // hidden, heading included
        assertThat($(Paragraph.class, editor)
                        .withClassName("lectern-code-problems-title")
                        .all())
                .isEmpty();
    }

    @Test
    void aLongListOfProblemsIsCutWithACountOfTheRest() {
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 1; i <= CodeEditor.MAX_LISTED + 5; i++) {
            many.add(new Diagnostic(i, 1, Severity.WARNING, "w" + i));
        }
        editor.setDiagnostics(many);
        assertThat(listedProblems()).hasSize(CodeEditor.MAX_LISTED);
        assertThat($(ListItem.class, editor).all().getLast().getText())
                .isEqualTo("… and 5 more (marked in the editor)");
    }

    @Test
    void theEditingAreaIsNamedByTheLabelAndDescribedByTheKeyboardHint() {
        assertThat(browserSide().getProperty("label")).isEqualTo("module.yaml");
        String hintId = browserSide().getProperty("describedby");
        Paragraph hint = $(Paragraph.class, editor).id(hintId);
        assertThat(hint.getText()).contains("Tab moves on").contains("Ctrl+]");
    }

    @Test
    void aDiagnosticOutsideTheTextIsAProgrammingError() {
        assertThatThrownBy(() -> new Diagnostic(0, 1, Severity.ERROR, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagnostic(1, -1, Severity.ERROR, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
