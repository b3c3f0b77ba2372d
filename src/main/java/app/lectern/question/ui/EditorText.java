package app.lectern.question.ui;

import com.vaadin.flow.i18n.I18NProvider;

/** The editors' UI strings, from the {@code i18n/questions} bundle (keys {@code editor.*}). */
public final class EditorText {

    private EditorText() {}

    /** A translated string in the current locale. */
    public static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    /** {@code null} for an empty text, else the text as typed: an empty field is a missing value. */
    public static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The empty string for {@code null}, for showing a value in a field. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
