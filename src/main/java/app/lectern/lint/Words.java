package app.lectern.lint;

import app.lectern.content.Markdown;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the linter compares it: Markdown removed, lower case, punctuation folded, numbers written as digits, simple
 * English suffixes stripped and stop words ignored. Crude on purpose: two texts that say the same thing in the same
 * words should compare equal, and the rules decide what a match means.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "if",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "from",
            "as",
            "into",
            "about",
            "over",
            "than",
            "then",
            "that",
            "this",
            "these",
            "those",
            "it",
            "its",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "must",
            "can",
            "shall",
            "which",
            "what",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "why",
            "how",
            "many",
            "much",
            "more",
            "most",
            "some",
            "any",
            "all",
            "each",
            "every",
            "there",
            "their",
            "they",
            "them",
            "he",
            "she",
            "her",
            "his",
            "we",
            "our",
            "you",
            "your",
            "i",
            "me",
            "my",
            "so",
            "also",
            "only",
            "just",
            "very",
            "even",
            "still",
            "yet",
            "again",
            "both",
            "either",
            "own",
            "same",
            "other",
            "another",
            "up",
            "out",
            "say",
            "says",
            "said",
            "according",
            "article",
            "whether",
            "true",
            "false",
            "select",
            "apply",
            "following",
            "statement",
            "best",
            "section",
            "text",
            "word",
            "words",
            "phrase",
            "describe",
            "describes",
            "mean",
            "means",
            "s");

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("twenty", "20"),
            Map.entry("thirty", "30"),
            Map.entry("fifty", "50"),
            Map.entry("hundred", "100"));

    private Words() {}

    /** Rules compare each text with many others: parsing its Markdown once each time dominated the run time. */
    private static final int CACHED = 4096;

    private static final Map<String, List<String>> RAW =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                    return size() > CACHED;
                }
            });

    /** The words of a text (Markdown removed, NFKC, lower case, "China's" as "china"), stop words included. */
    static List<String> raw(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> cached = RAW.get(text);
        if (cached == null) {
            cached = List.copyOf(parse(text));
            RAW.put(text, cached);
        }
        return cached;
    }

    private static List<String> parse(String text) {
        String plain = Normalizer.normalize(Markdown.plainText(text), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            out.add(w.replace("'", ""));
        }
        return out;
    }

    /** The content words of a text, stemmed, numbers as digits, in order and without repeats (a new set). */
    static Set<String> terms(String text) {
        return new LinkedHashSet<>(TERMS.computeIfAbsent(text == null ? "" : text, Words::termsOf));
    }

    /** As {@link #terms}, but the shared, unmodifiable set: for reading only. */
    static Set<String> termsView(String text) {
        return TERMS.computeIfAbsent(text == null ? "" : text, Words::termsOf);
    }

    private static final Map<String, Set<String>> TERMS =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > CACHED;
                }
            });

    private static Set<String> termsOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : raw(text)) {
            String n = NUMBERS.get(w);
            if (n != null) {
                out.add(n);
            } else if (!STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Whether the word is a stop word (ignored when texts are compared). */
    static boolean stop(String word) {
        return STOP.contains(word);
    }

    /** A crude English stem: plural, -ing, -ed, -ly and a final e removed, so "approves" and "approved" meet. */
    static String stem(String w) {
        if (w.length() <= 3 || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ly") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("i") && s.length() > 3) {
            s = s.substring(0, s.length() - 1) + "y";
        }
        return s;
    }

    /** Syllables of one word, by vowel groups (a silent final e not counted); at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int count = 0;
        boolean vowel = false;
        for (char c : w.toCharArray()) {
            boolean v = "aeiouy".indexOf(c) >= 0;
            if (v && !vowel) {
                count++;
            }
            vowel = v;
        }
        if (w.endsWith("e") && !w.endsWith("le") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
