package app.lectern.lint;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Section;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code evidence-crowded}: {@value #CROWD} or more questions that rest on the same sentence of a section: their
 * evidence quote starts in it, or it holds every content word of a key of theirs (a choice key or a match's right-hand
 * text of at least {@value #KEY_TERMS} content words). They test one fact several times (and answer each other); spread them over the text. The variants of a
 * pool count once.
 */
final class EvidenceCrowded implements LintRule {

    static final String ID = "evidence-crowded";
    static final int CROWD = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        LearningModule module = input.module();
        Map<String, List<LintInput.Item>> bySentence = new LinkedHashMap<>();
        Map<String, String> sentenceText = new LinkedHashMap<>();
        List<Object> counted = new ArrayList<>();
        Map<Section, List<String>> sentencesOf = new java.util.IdentityHashMap<>();
        for (LintInput.Item item : input.items()) {
            Object unit = item.pool() != null ? item.pool() : item;
            if (counted.contains(unit)) {
                continue;
            }
            Set<String> places = new LinkedHashSet<>();
            module.evidenceOf(item.question())
                    .flatMap(e -> module.section(e.section())
                            .flatMap(s -> sentenceOf(s, e.quote()).map(i -> place(s, i, sentenceText))))
                    .ifPresent(places::add);
            for (String key : keyTexts(item)) {
                Set<String> keyTerms = Words.terms(key);
                if (keyTerms.size() < KEY_TERMS) {
                    continue;
                }
                for (Section s : module.sections()) {
                    List<String> sentences = sentencesOf.computeIfAbsent(s, x -> Markdown.sentences(x.body()));
                    for (int i = 0; i < sentences.size(); i++) {
                        if (Words.terms(sentences.get(i)).containsAll(keyTerms)) {
                            places.add(place(s, i, sentenceText));
                        }
                    }
                }
            }
            if (!places.isEmpty()) {
                counted.add(unit);
            }
            for (String place : places) {
                bySentence.computeIfAbsent(place, k -> new ArrayList<>()).add(item);
            }
        }
        List<Finding> out = new ArrayList<>();
        bySentence.forEach((place, items) -> {
            if (items.size() >= CROWD) {
                String section = place.substring(0, place.indexOf('#'));
                String sentence = sentenceText.get(place);
                String names =
                        String.join(", ", items.stream().map(LintInput.Item::id).toList());
                for (LintInput.Item item : items) {
                    out.add(new Finding(
                            ID,
                            item.id(),
                            item.path() + ".evidence.quote",
                            items.size() + " questions rest on the same sentence of section '" + section + "' (\""
                                    + abbreviate(sentence) + "\"): " + names + "; spread them over the text"));
                }
            }
        });
        return out;
    }

    /** Keys of at least this many content words that a sentence holds in full rest on that sentence too. */
    static final int KEY_TERMS = 4;

    private static String place(Section s, int i, Map<String, String> sentenceText) {
        sentenceText.put(s.id() + "#" + i, Markdown.sentences(s.body()).get(i));
        return s.id() + "#" + i;
    }

    /** The texts of the item's key that may restate a sentence: choice keys and the right-hand texts of a match. */
    private static List<String> keyTexts(LintInput.Item item) {
        List<String> out = new ArrayList<>();
        if (item.question() instanceof MatchQuestion m) {
            m.pairs().forEach(p -> out.add(p.right()));
        } else if (item.question() instanceof SingleQuestion || item.question() instanceof MultipleQuestion) {
            ItemTexts.keys(item.question()).forEach(k -> out.add(k.text()));
        }
        return out;
    }

    /** The index of the sentence of the section in which the quote starts. */
    static Optional<Integer> sentenceOf(Section section, String quote) {
        String plain = section.plainText();
        int at = plain.indexOf(Markdown.collapse(quote));
        if (at < 0) {
            return Optional.empty();
        }
        List<String> sentences = Markdown.sentences(section.body());
        int from = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int start = plain.indexOf(sentences.get(i), from);
            if (start < 0) {
                continue;
            }
            int end = start + sentences.get(i).length();
            if (at < end) {
                return Optional.of(i);
            }
            from = end;
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
