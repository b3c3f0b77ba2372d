package app.lectern.question.ui;

import static app.lectern.question.ui.EditorText.t;

import app.lectern.content.Markdown;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A section's text as the reader renders it, from which a teacher picks words by selecting them (mouse or touch)
 * and pressing a button. A small script, sent only with this component, remembers the last selection made inside the
 * text; the button asks for it, and the server checks it like any typed value before {@code accept} gets it.
 */
public final class SectionTextPicker extends Div {

    /** Longest selection taken, in characters (the longest quote the format allows). */
    public static final int MAX_SELECTION = 1000;

    // Remembers the selection while it lies inside the box: on a touch screen, tapping the button can clear it.
    private static final String REMEMBER_SELECTION = """
            const box = this;
            if (box.__lecternPick) return;
            box.__lecternPick = true;
            box.lecternSelection = '';
            const remember = () => {
              if (!box.isConnected) { document.removeEventListener('selectionchange', remember); return; }
              const s = document.getSelection();
              if (s && s.rangeCount > 0 && !s.isCollapsed && box.contains(s.anchorNode) && box.contains(s.focusNode)) {
                box.lecternSelection = s.toString().slice(0, 4 * $0);
              }
            };
            document.addEventListener('selectionchange', remember);
            """;

    private final Div text = new Div();
    private final Span status = new Span();
    private final Function<String, Optional<String>> check;
    private final Consumer<String> accept;

    /**
     * Creates the picker.
     *
     * @param textLabel the accessible name of the text box, e.g. "Text of section 'talks'"
     * @param buttonText the button's text, e.g. "Use selection as evidence"
     * @param check the problem with a picked text, in the teacher's words; empty when it may be used
     * @param accept takes a picked text that passed the check
     */
    public SectionTextPicker(
            String textLabel, String buttonText, Function<String, Optional<String>> check, Consumer<String> accept) {
        this.check = check;
        this.accept = accept;
        addClassName("lectern-editor-picker");
        text.addClassName("lectern-editor-source");
        // focusable so that a keyboard can scroll a long text, and a named group (not a landmark: a page holds
        // one picker per question) so that its name is read
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("role", "group");
        text.getElement().setAttribute("aria-label", textLabel);
        Button use = new Button(
                buttonText,
                e -> text.getElement()
                        .executeJs("const t = this.lecternSelection || ''; this.lecternSelection = ''; return t;")
                        .then(String.class, this::offerSelection));
        use.addClassName("lectern-editor-use-selection");
        status.addClassName("lectern-editor-pick-status");
        status.getElement().setAttribute("role", "status");
        add(text, use, status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        text.getElement().executeJs(REMEMBER_SELECTION, MAX_SELECTION);
    }

    /** Shows a section's Markdown text, rendered as the reader renders it. */
    public void showText(String markdown) {
        text.getElement().setProperty("innerHTML", StaticText.shared(Markdown.html(markdown)));
    }

    /**
     * Takes a selection from the browser (or a test): refused with a message when empty, too long, or failing the
     * check; otherwise handed to {@code accept}, and the status says so.
     */
    public void offerSelection(String selected) {
        String picked = selected == null ? "" : Markdown.collapse(selected);
        if (picked.isEmpty()) {
            status.setText(t("editor.pick.empty"));
            return;
        }
        if (picked.length() > MAX_SELECTION) {
            status.setText(t("editor.pick.long", picked.length(), MAX_SELECTION));
            return;
        }
        Optional<String> problem = check.apply(picked);
        if (problem.isPresent()) {
            status.setText(problem.get());
            return;
        }
        accept.accept(picked);
        status.setText(t("editor.pick.used", picked));
    }

    /** The last message about a picked text; empty before the first pick. */
    public String status() {
        return status.getText();
    }
}
