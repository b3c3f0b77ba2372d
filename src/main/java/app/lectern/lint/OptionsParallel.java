package app.lectern.lint;

import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code options-parallel}: in a single-choice item whose distractors (at least two) all share a feature of form, the
 * key alone lacks it: the kind of its first word (pronoun, article, preposition, "because"/"that" …), a capital
 * first letter, a final full stop; or the key is more than twice as long as every distractor.
 */
final class OptionsParallel implements LintRule {

    static final String ID = "options-parallel";

    private static final Set<String> PRONOUNS =
            Set.of("it", "they", "he", "she", "we", "you", "i", "its", "their", "his", "her", "there", "this", "these");
    private static final Set<String> DETERMINERS =
            Set.of("a", "an", "the", "no", "some", "every", "each", "all", "any", "none", "both", "neither");
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "on", "at", "by", "for", "with", "from", "about", "after", "before", "during", "over", "under", "to",
            "of", "into", "since", "until", "around", "between");
    private static final Set<String> CONNECTIVES =
            Set.of("because", "that", "if", "when", "while", "although", "as", "so", "since", "whether");

    private record Feature(String name, Function<String, String> of) {}

    private static final List<Feature> FEATURES = List.of(
            new Feature("kind of first word", OptionsParallel::firstWordKind),
            new Feature("capital first letter", t -> t.isEmpty() ? "" : Character.isUpperCase(t.charAt(0)) + ""),
            new Feature("final full stop", t -> t.endsWith(".") + ""));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (LintInput.Item item : input.items()) {
            if (!(item.question() instanceof SingleQuestion s) || s.options().size() < 3) {
                continue;
            }
            int k = Option.indexOf(s.options(), s.answer());
            if (k < 0) {
                continue;
            }
            String key = plain(s.options().get(k).text());
            List<String> distractors = s.options().stream()
                    .filter(o -> !o.id().equals(s.answer()))
                    .map(o -> plain(o.text()))
                    .toList();
            List<String> differences = new ArrayList<>();
            for (Feature f : FEATURES) {
                String shared = f.of().apply(distractors.getFirst());
                if (distractors.stream().allMatch(d -> f.of().apply(d).equals(shared))
                        && !f.of().apply(key).equals(shared)) {
                    differences.add(describe(f, key, shared));
                }
            }
            if (distractors.stream().allMatch(d -> key.length() > 2 * d.length())) {
                differences.add("it is more than twice as long as every distractor");
            }
            if (!differences.isEmpty()) {
                out.add(new Finding(
                        ID,
                        item.id(),
                        item.path() + ".options[" + k + "].text",
                        "the key alone differs in form from the distractors: " + String.join("; ", differences)
                                + "; write all options alike"));
            }
        }
        return out;
    }

    private static String describe(Feature f, String key, String shared) {
        return switch (f.name()) {
            case "kind of first word" ->
                "it starts with " + firstWordKind(key) + " ('" + firstWord(key) + "'), the distractors with " + shared;
            case "capital first letter" ->
                Boolean.parseBoolean(shared)
                        ? "it starts in lower case, the distractors with a capital"
                        : "it starts with a capital, the distractors in lower case";
            default ->
                Boolean.parseBoolean(shared)
                        ? "it has no final full stop, the distractors have one"
                        : "it ends with a full stop, the distractors do not";
        };
    }

    private static String plain(String text) {
        return Markdown.plainText(text).strip();
    }

    private static String firstWord(String text) {
        List<String> words = Words.raw(text);
        return words.isEmpty() ? "" : words.getFirst();
    }

    static String firstWordKind(String text) {
        String w = firstWord(text).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(w)) {
            return "a pronoun";
        }
        if (DETERMINERS.contains(w)) {
            return "an article or determiner";
        }
        if (CONNECTIVES.contains(w)) {
            return "a connective";
        }
        if (PREPOSITIONS.contains(w)) {
            return "a preposition";
        }
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return "a number";
        }
        if (w.endsWith("ing")) {
            return "an -ing form";
        }
        if (w.endsWith("ly")) {
            return "an adverb";
        }
        return "another word";
    }
}
