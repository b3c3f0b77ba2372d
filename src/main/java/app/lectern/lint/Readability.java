package app.lectern.lint;

import app.lectern.content.Markdown;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flesch-Kincaid grade level and the reading band of a module's {@code level}. */
final class Readability {

    private Readability() {}

    /**
     * The figures of a text.
     *
     * @param words words
     * @param sentences sentences
     * @param syllables syllables
     */
    record Figures(int words, int sentences, int syllables) {

        /** 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
        double grade() {
            if (words == 0 || sentences == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }

    /** The figures of a Markdown text. */
    static Figures of(String markdown) {
        List<String> sentences = Markdown.sentences(markdown);
        int words = 0;
        int syllables = 0;
        for (String s : sentences) {
            for (String w : Words.raw(s)) {
                words++;
                syllables += w.chars().allMatch(Character::isDigit) ? w.length() : Words.syllables(w);
            }
        }
        return new Figures(words, sentences.size(), syllables);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /**
     * The highest grade a level such as "Grades 9–12" names, plus half a grade: the grade above which text is too
     * hard; {@code NaN} when the level names no grade.
     */
    static double ceiling(String level) {
        if (level == null) {
            return Double.NaN;
        }
        Matcher m = NUMBER.matcher(level);
        int max = -1;
        while (m.find()) {
            if (m.group().length() <= 2) {
                max = Math.max(max, Integer.parseInt(m.group()));
            }
        }
        return max < 0 ? Double.NaN : max + 0.5;
    }
}
