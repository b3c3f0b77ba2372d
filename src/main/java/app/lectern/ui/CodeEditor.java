package app.lectern.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A code editor for YAML (CodeMirror 6 in the browser): line numbers, highlighting, light and dark with the page,
 * problems marked at their line and column and listed below the editor as buttons that move the cursor there.
 *
 * <p>The value is the text the server last accepted. The browser sends the text 400 ms after the last change and when
 * the editor loses focus; the server takes it only if it has at most {@link #getMaxLength()} characters, otherwise it
 * keeps the previous value and shows a message (the browser keeps the text, so nothing typed is lost). Value change
 * events from the browser have {@code isFromClient() == true}.
 *
 * <p>Keyboard: Tab leaves the editor like any field; Ctrl+] and Ctrl+[ (Cmd on a Mac) indent and outdent, as a hint
 * below the label says. The script is loaded only on routes that use this component (Vite's per-route chunks).
 */
@JsModule("./lectern-code-editor.ts")
public class CodeEditor extends AbstractCompositeField<Div, CodeEditor, String> {

    /**
     * Characters the editor takes by default: four times the seed module, half of what Vaadin reads of one request
     * ({@code vaadin.maxRequestBodySize}, 512 K characters), so that the text still fits when JSON escapes it.
     */
    public static final int DEFAULT_MAX_LENGTH = 256 * 1024;

    /** Problems listed below the editor at most; all of them are marked in the editor. */
    static final int MAX_LISTED = 200;

    private static final AtomicInteger IDS = new AtomicInteger();

    /** How serious a problem is. */
    public enum Severity {
        /** The text cannot be used as it is. */
        ERROR,
        /** The text can be used, but something should be looked at. */
        WARNING
    }

    /**
     * A problem at a place in the text.
     *
     * @param line 1-based line
     * @param column 1-based column; 0 when only the line is known
     * @param severity error or warning
     * @param message what is wrong, for the author
     */
    public record Diagnostic(int line, int column, Severity severity, String message) {

        /** Checks the values; a line before the first or a negative column is a programming error. */
        public Diagnostic {
            if (line < 1 || column < 0) {
                throw new IllegalArgumentException(
                        "line must be 1 or more and column 0 or more: " + line + ":" + column);
            }
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    private final String id = "lectern-code-" + IDS.incrementAndGet();
    private final Div label = new Div();
    private final Paragraph hint = new Paragraph();
    private final Element editor = new Element("lectern-code-editor");
    private final Paragraph message = new Paragraph();
    private final Paragraph problemsTitle = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private List<Diagnostic> diagnostics = List.of();
    private int maxLength = DEFAULT_MAX_LENGTH;
    private int revision;

    /**
     * An empty, editable editor.
     *
     * @param labelText the visible label, also the accessible name of the editing area
     */
    public CodeEditor(String labelText) {
        super("");
        Div root = getContent();
        root.addClassName("lectern-code-field");
        label.addClassName("lectern-code-label");
        label.setId(id + "-label");
        hint.addClassName("lectern-code-hint");
        hint.setId(id + "-hint");
        hint.setText(getTranslation("codeeditor.hint"));
        editor.getClassList().add("lectern-code-editor");
        editor.setProperty("describedby", hint.getId().orElseThrow());
        editor.setProperty("maxLength", maxLength);
        message.addClassName("lectern-code-message");
        // always in the page, empty when there is nothing to say: a live region that appears with its text is often
        // not read out
        message.getElement().setAttribute("role", "status");
        problemsTitle.addClassName("lectern-code-problems-title");
        problemsTitle.setId(id + "-problems");
        problems.addClassName("lectern-code-problems");
        problems.getElement()
                .setAttribute("aria-labelledby", problemsTitle.getId().orElseThrow());
        root.add(label, hint);
        root.getElement().appendChild(editor);
        root.add(message, problemsTitle, problems);
        setLabel(labelText);
        renderProblems();
        editor.addEventListener(
                        "lectern-code-change", e -> fromBrowser(e.getEventData().get("event.detail.value")))
                .addEventData("event.detail.value");
        editor.addEventListener(
                        "lectern-code-too-long", e -> tooLong(e.getEventData().get("event.detail.length")))
                .addEventData("event.detail.length");
    }

    /** @param labelText the visible label, also the accessible name of the editing area */
    public void setLabel(String labelText) {
        String text = Objects.requireNonNullElse(labelText, "");
        label.setText(text);
        editor.setProperty("label", text);
    }

    /** @return the label */
    public String getLabel() {
        return label.getText();
    }

    /**
     * Sets the text; {@code null} counts as empty. The server's text is not limited by {@link #getMaxLength()}, but
     * edits of a longer text are not taken until it is shortened.
     */
    @Override
    public void setValue(String value) {
        super.setValue(Objects.requireNonNullElse(value, ""));
    }

    /** @return the most characters a text from the browser may have; a longer one is refused with a message */
    public int getMaxLength() {
        return maxLength;
    }

    /** @param maxLength the most characters a text from the browser may have, at least 1 */
    public void setMaxLength(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be 1 or more: " + maxLength);
        }
        this.maxLength = maxLength;
        editor.setProperty("maxLength", maxLength);
    }

    /**
     * Shows problems: marked in the editor at their line and column, and listed below it in the given order (the
     * first {@value #MAX_LISTED}) as buttons that move the cursor to the problem.
     *
     * @param diagnostics the problems; an empty list clears them
     */
    public void setDiagnostics(List<Diagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
        ArrayNode json = JacksonUtils.createArrayNode();
        for (Diagnostic d : this.diagnostics) {
            ObjectNode node = json.addObject();
            node.put("line", d.line());
            node.put("column", d.column());
            node.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            node.put("message", d.message());
        }
        editor.setPropertyJson("diagnostics", json);
        renderProblems();
    }

    /** @return the problems shown */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        editor.setProperty("readonly", readOnly);
    }

    /** Moves the cursor to a line and column (1-based) and focuses the editor. */
    public void reveal(int line, int column) {
        editor.callJsFunction("reveal", line, column);
    }

    @Override
    protected void setPresentationValue(String value) {
        editor.setProperty("value", value);
        // Flow sends a property only when it changed on the server; after an edit in the browser the server's copy
        // of "value" may already equal the value set back, so the revision tells the browser to show it
        editor.setProperty("revision", ++revision);
    }

    /** The text the browser sent: taken if it is a string of at most {@link #maxLength} characters. */
    private void fromBrowser(JsonNode sent) {
        if (isReadOnly() || sent == null || !sent.isString()) {
            return;
        }
        String text = sent.asString();
        if (text.length() > maxLength) {
            refuse(text.length());
            return;
        }
        message.setText("");
        setModelValue(text, true);
    }

    /** The browser did not send a text because it is too long; its length is only used in the message. */
    private void tooLong(JsonNode length) {
        if (isReadOnly()) {
            return;
        }
        refuse(length != null && length.isIntegralNumber() && length.asLong() > maxLength ? length.asLong() : -1);
    }

    private void refuse(long length) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        message.setText(
                length > 0
                        ? getTranslation("codeeditor.too-long", numbers.format(length), numbers.format(maxLength))
                        : getTranslation("codeeditor.too-long-unknown", numbers.format(maxLength)));
    }

    private void renderProblems() {
        problems.removeAll();
        boolean any = !diagnostics.isEmpty();
        problemsTitle.setVisible(any);
        problems.setVisible(any);
        if (!any) {
            return;
        }
        long errors =
                diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        problemsTitle.setText(getTranslation("codeeditor.problems", errors, diagnostics.size() - errors));
        for (Diagnostic d : diagnostics.subList(0, Math.min(MAX_LISTED, diagnostics.size()))) {
            NativeButton go = new NativeButton(getTranslation(
                    d.severity() == Severity.ERROR ? "codeeditor.problem.error" : "codeeditor.problem.warning",
                    d.line(),
                    Math.max(1, d.column()),
                    d.message()));
            go.addClassName("lectern-code-problem");
            go.getElement().setAttribute("data-severity", d.severity().name().toLowerCase(Locale.ROOT));
            go.addClickListener(e -> reveal(d.line(), Math.max(1, d.column())));
            problems.add(new ListItem(go));
        }
        if (diagnostics.size() > MAX_LISTED) {
            problems.add(new ListItem(getTranslation("codeeditor.problems.more", diagnostics.size() - MAX_LISTED)));
        }
    }
}
