package app.lectern.question.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A message line for a problem that concerns a group of fields rather than one field (a list's size, the right
 * answers of a question): hidden while empty, announced politely when it appears.
 */
public final class ProblemSlot extends Span {

    /** Creates an empty, hidden slot. */
    public ProblemSlot() {
        addClassName("lectern-editor-problem");
        getElement().setAttribute("aria-live", "polite");
        show(null);
    }

    /** Shows a message, or hides the slot for {@code null} or an empty one. */
    public void show(String message) {
        boolean empty = message == null || message.isBlank();
        setText(empty ? "" : message);
        setVisible(!empty);
    }

    /** The message shown; empty when none. */
    public String message() {
        return getText();
    }
}
