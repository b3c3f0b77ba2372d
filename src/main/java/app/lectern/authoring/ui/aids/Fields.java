package app.lectern.authoring.ui.aids;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;

/** The form fields every aid editor uses, made alike: labelled, with their limit, validated by the module's rules. */
final class Fields {

    private Fields() {}

    static TextField text(String label, int maxLength, boolean required) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        field.setManualValidation(true);
        field.setWidthFull();
        return field;
    }

    static TextArea area(String label, int maxLength, boolean required) {
        TextArea field = new TextArea(label);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        field.setManualValidation(true);
        field.setWidthFull();
        field.addClassName("aid-wide");
        return field;
    }

    /** Shows a problem under a field, or clears it ({@code null}). */
    static void problem(HasValidation field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }

    /** A text field's value, {@code null} when blank (so the validator names a missing value as missing). */
    static String value(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Question ids typed as a list, separated by commas or spaces. */
    static List<String> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    static String ids(List<String> ids) {
        return ids == null ? "" : String.join(", ", ids);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
