package app.lectern.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Two test locales made from the English strings, offered only with {@code lectern.i18n.pseudo-locales=true}:
 * {@code en-XA} accents every letter, wraps each string in ⟦ ⟧ and pads it to about 140 % of its length, so a
 * hard-coded string (no brackets) and a layout that breaks with longer text both show; {@code ar-XB} wraps each
 * string in right-to-left marks so the page runs right to left. Parameters (names, titles: user data) are left as
 * they are.
 */
public final class PseudoLocales {

    /** Accented, bracketed, 40 % longer English. */
    public static final Locale ACCENTED = Locale.forLanguageTag("en-XA");

    /** English made right to left. */
    public static final Locale RIGHT_TO_LEFT = Locale.forLanguageTag("ar-XB");

    /** Both pseudo-locales. */
    public static final List<Locale> ALL = List.of(ACCENTED, RIGHT_TO_LEFT);

    /** The opening marker of an {@code en-XA} string. */
    public static final String OPEN = "\u27e6";

    /** The closing marker of an {@code en-XA} string. */
    public static final String CLOSE = "\u27e7";

    private static final char PARAM_START = '\ue000';
    private static final char PARAM_END = '\ue001';
    private static final String RLM = "\u200f";
    private static final String RLO = "\u202e";
    private static final String PDF = "\u202c";

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTS = "áƀçđéƒĝĥíĵķĺḿñóƥʠŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹḾÑÓƤɊŔŠŢÚṼŴẊÝŽ";
    private static final String[] PAD = {"ŀőŕéḿ", "íƥšúḿ", "đőŀőŕ", "šíţ", "áḿéţ", "çőñšé", "ţéţúŕ"};

    private PseudoLocales() {}

    /** Whether the locale is one of the pseudo-locales. */
    public static boolean isPseudo(Locale locale) {
        return ALL.contains(locale);
    }

    /** The name a language switch shows. */
    static String name(Locale locale) {
        return RIGHT_TO_LEFT.equals(locale) ? "Pseudo RTL (ar-XB)" : "Pseudo accented (en-XA)";
    }

    /** Formats an English pattern and turns the result into the pseudo-locale, its text parameters untouched. */
    static String translate(Locale locale, String pattern, Object... params) {
        String formatted;
        if (params.length == 0) {
            formatted = pattern;
        } else {
            Object[] marked = params.clone();
            for (int i = 0; i < marked.length; i++) {
                if (marked[i] instanceof CharSequence s) {
                    marked[i] = PARAM_START + s.toString() + PARAM_END;
                }
            }
            formatted = new MessageFormat(pattern, Locale.ENGLISH).format(marked);
        }
        return RIGHT_TO_LEFT.equals(locale) ? bidi(formatted) : accent(formatted);
    }

    private static String accent(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3 / 2 + 4).append(OPEN);
        int letters = 0;
        boolean inParam = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == PARAM_START || c == PARAM_END) {
                inParam = c == PARAM_START;
                continue;
            }
            int at = inParam ? -1 : PLAIN.indexOf(c);
            if (at >= 0) {
                letters++;
            }
            out.append(at >= 0 ? ACCENTS.charAt(at) : c);
        }
        int padding = (int) Math.ceil(letters * 0.4);
        for (int i = 0; padding > 0; i++) {
            String word = PAD[i % PAD.length];
            out.append(' ').append(word);
            padding -= word.length() + 1;
        }
        return out.append(CLOSE).toString();
    }

    private static String bidi(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append(RLM).append(RLO);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == PARAM_START) {
                out.append(PDF);
            } else if (c == PARAM_END) {
                out.append(RLO);
            } else {
                out.append(c);
            }
        }
        return out.append(PDF).append(RLM).toString();
    }
}
