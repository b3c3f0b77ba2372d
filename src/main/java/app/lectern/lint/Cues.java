package app.lectern.lint;

import app.lectern.content.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text gives a question's key away: the test shared by {@code cue-item} (another question's text) and
 * {@code cue-aid} (a reader aid). A text cues a key when it is about what the question asks (it shares at least
 * {@value #TOPIC} of the prompt's content words) and
 *
 * <ul>
 *   <li>for a numeric key: it contains the number (as digits or a number word), and shares at least half of the
 *       prompt's words;
 *   <li>for a text key: it contains every word that sets the key apart from the prompt and the distractors, and no
 *       distractor's in full; or at least half of them and more than of any distractor's, sharing half of the
 *       prompt's words; or it attributes what the question is about to the key's named source ("According to
 *       Reuters, …", "Officials in Kyiv say …").
 * </ul>
 */
final class Cues {

    /** Share of the prompt's content words a cueing text must contain. */
    static final double TOPIC = 0.3;

    private static final Pattern ATTRIBUTION = Pattern.compile("(?i:according to|reported by)\\s+([^,.;:]+)"
            + "|((?:[\\p{Lu}][\\p{L}'’-]*[ ,]+(?:[\\p{Ll}]{1,4} )?){1,5})(?:say|says|said|claim|claims|claimed|think|"
            + "thinks|report|reports|reported|accuse|accuses|accused)\\b");

    private Cues() {}

    /** Whether {@code text} gives away this key of {@code question}. */
    static boolean cues(Question question, ItemTexts.Key key, String text) {
        return probe(question, key).test(text);
    }

    /**
     * What of a question's key is looked for, worked out once: a rule tests each key against many texts.
     *
     * @param prompt the prompt's content words
     * @param number the numeric key as a word, or {@code null}
     * @param own the words that set the key apart
     * @param distractors the words that set each distractor apart (non-empty ones)
     * @param key the key's text
     */
    record Probe(Set<String> prompt, String number, Set<String> own, List<Set<String>> distractors, String key)
            implements java.util.function.Predicate<String> {

        @Override
        public boolean test(String text) {
            Set<String> cue = Words.termsView(text);
            if (number != null) {
                Set<String> topicWords = new HashSet<>(prompt);
                topicWords.removeIf(w -> w.chars().allMatch(Character::isDigit));
                return cue.contains(number) && share(topicWords, cue) >= 0.5;
            }
            double topic = share(prompt, cue);
            if (topic < TOPIC || own.isEmpty()) {
                return false;
            }
            double keyShare = share(own, cue);
            double bestDistractor = 0;
            for (Set<String> theirs : distractors) {
                bestDistractor = Math.max(bestDistractor, share(theirs, cue));
            }
            if (keyShare == 1 && bestDistractor < 1) {
                return true;
            }
            if (keyShare >= 0.5 && topic >= 0.5 && keyShare > bestDistractor) {
                return true;
            }
            return topic >= 0.5 && attributes(key, text);
        }
    }

    /** The probe for one key of a question. */
    static Probe probe(Question question, ItemTexts.Key key) {
        Set<String> prompt = Words.termsView(question.base().prompt());
        String number = key.number() == null
                ? null
                : Words.terms(key.text()).stream().findFirst().orElse("?");
        List<Set<String>> distractors = new java.util.ArrayList<>();
        for (String d : key.distractors()) {
            Set<String> theirs = apart(d, prompt, List.of(key.text()));
            if (!theirs.isEmpty()) {
                distractors.add(theirs);
            }
        }
        return new Probe(prompt, number, apart(key.text(), prompt, key.distractors()), distractors, key.text());
    }

    /** The content words of {@code text} found neither in the prompt nor in any of {@code others}. */
    static Set<String> apart(String text, Set<String> prompt, List<String> others) {
        Set<String> out = Words.terms(text);
        out.removeAll(prompt);
        others.forEach(o -> out.removeAll(Words.terms(o)));
        return out;
    }

    /** Whether the text names the key's source, by its capitalised words, as the source of what it says. */
    static boolean attributes(String key, String text) {
        Set<String> names = names(key);
        if (names.isEmpty()) {
            return false;
        }
        Matcher m = ATTRIBUTION.matcher(text);
        while (m.find()) {
            String source = m.group(1) != null ? m.group(1) : m.group(2);
            if (Words.terms(source).containsAll(names)) {
                return true;
            }
        }
        return false;
    }

    /** The stems of the capitalised content words of a text: the names it holds. */
    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("[\\p{Lu}][\\p{L}'’-]*").matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (!Words.stop(w)) {
                out.addAll(Words.terms(w));
            }
        }
        return out;
    }

    /** The share of {@code words} that {@code in} contains; 0 for no words. */
    static double share(Set<String> words, Set<String> in) {
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(in::contains).count() / (double) words.size();
    }
}
