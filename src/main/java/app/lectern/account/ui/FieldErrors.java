package app.lectern.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/** Shows a server's message on the field it is about (Vaadin links it to the input for screen readers). */
final class FieldErrors {

    private FieldErrors() {}

    /** Marks the field invalid with the message and moves the focus there. */
    static <T extends Component & HasValidation & Focusable<T>> void show(T field, String message) {
        show(field, message, true);
    }

    /**
     * Marks the field invalid with the message, and moves the focus there if asked (the first of several errors).
     *
     * @return whether the focus was moved
     */
    static <T extends Component & HasValidation & Focusable<T>> boolean show(T field, String message, boolean focus) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (focus) {
            field.focus();
        }
        return focus;
    }
}
