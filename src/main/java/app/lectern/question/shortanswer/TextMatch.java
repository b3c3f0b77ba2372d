package app.lectern.question.shortanswer;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares typed answers the forgiving way the content format promises for {@code short} questions and
 * {@code cloze} blanks.
 */
public final class TextMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Dashes and slashes separate words ("dual-use" = "dual use"); other punctuation just disappears ("U.S." = "US").
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}/\\\\]+");
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARTICLE = Pattern.compile("^(a|an|the) (?=\\S)");

    private TextMatch() {}

    /**
     * The normal form two answers are compared in: Unicode NFKC (full-width letters become plain ones), case-folded,
     * accents removed, dashes and slashes turned into spaces, other punctuation removed, white space collapsed and
     * trimmed, and a leading "a", "an" or "the" dropped. {@code null} is treated as empty.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // Upper then lower case folds more than lower case alone (ß becomes ss, as in "strasse").
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        s = PUNCTUATION.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return ARTICLE.matcher(s).replaceFirst("");
    }

    /**
     * Whether a response matches one of the accepted answers after {@link #normalize normalisation}, also when they
     * differ only in spaces ("anti-aircraft" = "antiaircraft"). With
     * {@code typos} 1, one edit (a letter added, removed or changed, or two neighbours swapped) is forgiven against
     * an accepted answer of five or more letters. An empty response never matches.
     */
    public static boolean matches(String response, Collection<String> accepted, int typos) {
        String given = normalize(response);
        if (given.isEmpty()) {
            return false;
        }
        for (String a : accepted) {
            String key = normalize(a);
            // "anti-aircraft", "anti aircraft" and "antiaircraft" are one answer: compare without spaces too
            if (given.equals(key) || given.replace(" ", "").equals(key.replace(" ", ""))) {
                return true;
            }
            if (typos >= 1 && letters(key) >= 5 && editDistance(given, key) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The number of letters in a text (spaces, digits and the like do not count). */
    static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /**
     * The edit distance between two texts, counting an insertion, a deletion, a substitution or a swap of two
     * neighbouring characters as one edit (optimal string alignment distance).
     */
    public static int editDistance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            // at least that many edits; callers only ask "is it at most one?", so skip the table
            return Math.abs(x.length - y.length);
        }
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
