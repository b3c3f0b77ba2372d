package app.lectern.i18n;

import app.lectern.config.LecternProperties;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider over several bundles, one per feature ({@code i18n/app}, {@code i18n/questions}, …),
 * so features own their strings. A language is one more UTF-8 properties file per bundle, e.g. {@code
 * i18n/app_uk.properties}; a key it lacks falls back to English.
 *
 * <p>Plurals: where a language needs more forms than MessageFormat's {@code choice} gives, a key {@code k} may be
 * written as {@code k.one}, {@code k.few}, {@code k.many}, {@code k.other} instead; the form is chosen by the first
 * numeric parameter with {@link PluralRules}, so callers still ask for {@code k}.
 *
 * <p>With {@code lectern.i18n.pseudo-locales} on, two test locales are offered as well (see {@link PseudoLocales}).
 */
@Component
public class BundleTranslationProvider implements I18NProvider {

    /** The bundle base names, searched in order. */
    static final List<String> BUNDLES = List.of(
            "i18n/app",
            "i18n/reader",
            "i18n/reading",
            "i18n/questions",
            "i18n/account",
            "i18n/classroom",
            "i18n/authoring",
            "i18n/authoring-aids",
            "i18n/notes",
            "i18n/lti");

    private final List<Locale> locales;

    /** Cache of one properties file by resource name; empty where the file does not exist. */
    private final Map<String, Optional<Map<String, String>>> files = new ConcurrentHashMap<>();

    /** The provider of the real languages only. */
    public BundleTranslationProvider() {
        this(false);
    }

    /** The provider as the application configures it. */
    @Autowired
    public BundleTranslationProvider(ObjectProvider<LecternProperties> properties) {
        this(Optional.ofNullable(properties.getIfAvailable())
                .map(p -> p.i18n().pseudoLocales())
                .orElse(false));
    }

    /** A provider that offers the pseudo-locales too when {@code pseudo} is true. */
    BundleTranslationProvider(boolean pseudo) {
        List<Locale> all = new ArrayList<>(Languages.PROVIDED);
        if (pseudo) {
            all.addAll(PseudoLocales.ALL);
        }
        this.locales = List.copyOf(all);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        boolean pseudo = PseudoLocales.isPseudo(l);
        if (pseudo && !locales.contains(l)) {
            l = Locale.ENGLISH;
            pseudo = false;
        }
        Locale language = pseudo ? Locale.ENGLISH : l;
        String pattern = pattern(key, language, params);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (pseudo) {
            return PseudoLocales.translate(l, pattern, params);
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
    }

    /** The pattern for {@code key} in {@code locale}, its plural form chosen; null if no bundle has it. */
    String pattern(String key, Locale locale, Object... params) {
        List<String> suffixes = suffixes(locale);
        for (String base : BUNDLES) {
            for (String suffix : suffixes) {
                Map<String, String> file = file(base + suffix);
                if (file == null) {
                    continue;
                }
                String plain = file.get(key);
                if (plain != null) {
                    return plain;
                }
                if (file.containsKey(key + ".other")) {
                    PluralRules.Category category = PluralRules.select(locale, firstNumber(params));
                    return file.getOrDefault(key + "." + category.key(), file.get(key + ".other"));
                }
            }
        }
        return null;
    }

    /** The resource-name suffixes of a locale's files, most specific first, ending with the English root. */
    private static List<String> suffixes(Locale locale) {
        List<String> suffixes = new ArrayList<>(3);
        String language = locale.getLanguage();
        if (!language.isEmpty() && !language.equals("en")) {
            if (!locale.getCountry().isEmpty()) {
                suffixes.add("_" + language + "_" + locale.getCountry());
            }
            suffixes.add("_" + language);
        }
        suffixes.add("");
        return suffixes;
    }

    private static Number firstNumber(Object[] params) {
        for (Object p : params) {
            if (p instanceof Number n) {
                return n;
            }
        }
        return null;
    }

    private Map<String, String> file(String name) {
        return files.computeIfAbsent(name, BundleTranslationProvider::load).orElse(null);
    }

    private static Optional<Map<String, String>> load(String name) {
        ClassLoader loader = BundleTranslationProvider.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Optional.of(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
