package app.lectern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every translation covers every English key, with the same parameters, and parses as a MessageFormat pattern. */
class TranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Set<String> CATEGORY_KEYS = Set.of("one", "few", "many", "other");

    private final BundleTranslationProvider provider = new BundleTranslationProvider();

    @Test
    void ukrainianCoversEveryKeyWithTheSameParameters() {
        List<String> problems = new ArrayList<>();
        for (Locale language : Languages.PROVIDED) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            String suffix = "_" + language.getLanguage();
            for (String base : BundleTranslationProvider.BUNDLES) {
                Map<String, String> english = load(base + ".properties");
                Map<String, String> translated = load(base + suffix + ".properties");
                if (translated == null) {
                    problems.add(base + suffix + ".properties is missing");
                    continue;
                }
                check(base + suffix, language, english, translated, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(
            String file,
            Locale language,
            Map<String, String> english,
            Map<String, String> translated,
            List<String> problems) {
        for (var entry : english.entrySet()) {
            String key = entry.getKey();
            Set<String> expected = arguments(entry.getValue());
            if (translated.containsKey(key)) {
                String value = translated.get(key);
                if (!arguments(value).equals(expected)) {
                    problems.add(file + ": " + key + " has parameters " + arguments(value) + ", English " + expected);
                }
                continue;
            }
            if (!translated.containsKey(key + ".other")) {
                problems.add(file + ": " + key + " is not translated");
                continue;
            }
            Set<String> union = new TreeSet<>();
            for (PluralRules.Category c : PluralRules.categories(language)) {
                String variant = translated.get(key + "." + c.key());
                if (variant == null) {
                    problems.add(file + ": " + key + "." + c.key() + " is missing");
                    continue;
                }
                Set<String> args = arguments(variant);
                union.addAll(args);
                if (!expected.containsAll(args)) {
                    problems.add(
                            file + ": " + key + "." + c.key() + " has parameters " + args + ", English " + expected);
                }
            }
            // together the forms use every parameter, except perhaps the number they are chosen by (the first)
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(union);
            if (!missing.isEmpty() && !missing.equals(Set.of(((TreeSet<String>) expected).first()))) {
                problems.add(file + ": the forms of " + key + " use " + union + ", English " + expected);
            }
        }
        for (var entry : translated.entrySet()) {
            String key = entry.getKey();
            int dot = key.lastIndexOf('.');
            boolean variant = dot > 0
                    && CATEGORY_KEYS.contains(key.substring(dot + 1))
                    && english.containsKey(key.substring(0, dot))
                    && !english.containsKey(key);
            if (!english.containsKey(key) && !variant) {
                problems.add(file + ": " + key + " is not an English key");
            }
            String value = entry.getValue();
            try {
                new MessageFormat(value, language);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + key + " does not parse: " + e.getMessage());
            }
            // a lone ' starts a quoted part in MessageFormat; Ukrainian words take the apostrophe ’ (U+2019)
            if (value.replace("''", "").contains("'")) {
                problems.add(file + ": " + key + " has a straight apostrophe; write \u2019");
            }
            if (value.isBlank()) {
                problems.add(file + ": " + key + " is empty");
            }
        }
    }

    @Test
    void pluralFormsAreChosenByTheFirstNumber() {
        Locale uk = Languages.UKRAINIAN;
        assertThat(provider.getTranslation("classroom.teach.students", uk, 1)).isEqualTo("1 учень");
        assertThat(provider.getTranslation("classroom.teach.students", uk, 3)).isEqualTo("3 учні");
        assertThat(provider.getTranslation("classroom.teach.students", uk, 5)).isEqualTo("5 учнів");
        assertThat(provider.getTranslation("classroom.teach.students", uk, 21)).isEqualTo("21 учень");
        assertThat(provider.getTranslation("classroom.teach.students", uk, 0)).isEqualTo("0 учнів");
        assertThat(provider.getTranslation("classroom.teach.students", Locale.ENGLISH, 3))
                .isEqualTo("3 students");
    }

    @Test
    void aMissingTranslationFallsBackToEnglish() {
        assertThat(provider.getTranslation("no.such.key", Languages.UKRAINIAN)).isEqualTo("!no.such.key!");
        assertThat(provider.getTranslation("layout.app-name", Locale.forLanguageTag("de")))
                .isEqualTo("Lectern");
    }

    @Test
    void pseudoLocalesOnlyWhenSwitchedOn() {
        assertThat(provider.getProvidedLocales()).containsExactly(Locale.ENGLISH, Languages.UKRAINIAN);
        assertThat(provider.getTranslation("layout.skip", PseudoLocales.ACCENTED))
                .isEqualTo(provider.getTranslation("layout.skip", Locale.ENGLISH));

        BundleTranslationProvider pseudo = new BundleTranslationProvider(true);
        assertThat(pseudo.getProvidedLocales()).containsAll(PseudoLocales.ALL);
        String accented = pseudo.getTranslation("account.menu.signed-in-as", PseudoLocales.ACCENTED, "Ada Lovelace");
        assertThat(accented)
                .startsWith(PseudoLocales.OPEN)
                .endsWith(PseudoLocales.CLOSE)
                .contains("Ada Lovelace");
        String english = pseudo.getTranslation("account.menu.signed-in-as", Locale.ENGLISH, "Ada Lovelace");
        assertThat(accented.length()).isGreaterThan(english.length() * 13 / 10);
        assertThat(pseudo.getTranslation("classroom.teach.students", PseudoLocales.ACCENTED, 3))
                .contains("3");
        assertThat(pseudo.getTranslation("layout.skip", PseudoLocales.RIGHT_TO_LEFT))
                .startsWith("\u200f");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            p.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
