package app.lectern.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider over several bundles, one per feature ({@code i18n/app},
 * {@code i18n/questions}, …), so features own their strings. A second language is one more properties file
 * per bundle, e.g. {@code i18n/app_de.properties}.
 */
@Component
public class BundleTranslationProvider implements I18NProvider {

    /** The bundle base names, searched in order. */
    static final List<String> BUNDLES = List.of(
            "i18n/app",
            "i18n/reader",
            "i18n/questions",
            "i18n/account",
            "i18n/classroom",
            "i18n/authoring",
            "i18n/authoring-aids",
            "i18n/notes");

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        for (String base : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, l, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
                }
            } catch (MissingResourceException e) {
                // a feature without strings has no bundle: look in the next one
            }
        }
        return "!" + key + "!";
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
