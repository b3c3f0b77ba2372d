package app.lectern.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages Lectern ships, their names, and the checks on a language tag a browser sends. */
public final class Languages {

    /** Ukrainian. */
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    /** The real languages, the default (English) first. */
    public static final List<Locale> PROVIDED = List.of(Locale.ENGLISH, UKRAINIAN);

    /** The longest tag {@link #parse} looks at; every known tag is shorter. */
    private static final int MAX_TAG = 16;

    private Languages() {}

    /**
     * The one of {@code offered} that {@code tag} names exactly (ignoring case), or empty: a tag from a cookie or a
     * form is hostile, so nothing else is turned into a locale.
     */
    public static Optional<Locale> parse(String tag, List<Locale> offered) {
        if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG) {
            return Optional.empty();
        }
        return offered.stream()
                .filter(l -> l.toLanguageTag().equalsIgnoreCase(tag))
                .findFirst();
    }

    /**
     * The language a new page is shown in: the cookie's choice if it names an offered language, else the first of
     * the browser's preferred languages ({@code Accept-Language}, best first) that is offered, exactly or by
     * language, else the first offered (English).
     */
    public static Locale choose(String cookie, List<Locale> preferred, List<Locale> offered) {
        Optional<Locale> chosen = parse(cookie, offered);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale wanted : preferred) {
            if (offered.contains(wanted)) {
                return wanted;
            }
            for (Locale l : offered) {
                if (!PseudoLocales.isPseudo(l) && l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return offered.getFirst();
    }

    /** The language's name in the language itself ("English", "Українська"), for a language switch. */
    public static String nativeName(Locale locale) {
        if (PseudoLocales.isPseudo(locale)) {
            return PseudoLocales.name(locale);
        }
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
