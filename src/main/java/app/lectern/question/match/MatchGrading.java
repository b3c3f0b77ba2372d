package app.lectern.question.match;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.PartVerdict;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Grades {@link MatchQuestion} responses: the share of left-hand texts paired with their right-hand text. */
public final class MatchGrading {

    private MatchGrading() {}

    /**
     * Grades a response. Left-hand texts left unmatched count as wrong, so an empty map is a valid answer that
     * scores 0. A {@code null} map, a {@code null} key or value, a left-hand text that is not in the question, or a
     * right-hand text that is neither a pair's nor a distractor is an {@link InvalidAnswerException}. The same
     * right-hand text may be chosen for several left-hand texts.
     */
    public static Grade grade(MatchQuestion question, MatchAnswer answer) {
        Map<String, String> given = answer.rightByLeft();
        if (given == null) {
            throw new InvalidAnswerException("no pairs given");
        }
        Set<String> lefts = new LinkedHashSet<>();
        Set<String> rights = new LinkedHashSet<>();
        for (MatchPair p : question.pairs()) {
            lefts.add(p.left());
            rights.add(p.right());
        }
        rights.addAll(question.distractors());
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey() == null || !lefts.contains(e.getKey())) {
                throw new InvalidAnswerException("'" + e.getKey() + "' is not a left-hand text of this question");
            }
            if (e.getValue() == null) {
                throw new InvalidAnswerException("no right-hand text given for '" + e.getKey() + "'");
            }
            if (!rights.contains(e.getValue())) {
                throw new InvalidAnswerException("'" + e.getValue() + "' is not a right-hand choice of this question");
            }
        }
        long right = question.pairs().stream()
                .filter(p -> p.right().equals(given.get(p.left())))
                .count();
        return Grade.of((double) right / question.pairs().size());
    }

    /** Every pair, e.g. {@code "Kyiv → Ukraine; Beijing → China"}. */
    public static String keyText(MatchQuestion question) {
        return String.join(
                "; ",
                question.pairs().stream()
                        .map(p -> Markdown.plainText(p.left()) + " → " + Markdown.plainText(p.right()))
                        .toList());
    }

    /** Each pair by its left-hand text, in the file's order: right when its right-hand text was chosen. */
    public static List<PartVerdict> parts(MatchQuestion question, MatchAnswer answer) {
        Map<String, String> given = answer.rightByLeft() == null ? Map.of() : answer.rightByLeft();
        Map<String, PartVerdict> byLeft = new LinkedHashMap<>();
        for (MatchPair p : question.pairs()) {
            byLeft.putIfAbsent(p.left(), PartVerdict.of(p.left(), p.right().equals(given.get(p.left()))));
        }
        return List.copyOf(byLeft.values());
    }

    /** Always {@code null}: match questions have no per-option feedback. */
    public static String optionFeedback(MatchQuestion question, MatchAnswer answer) {
        return null;
    }
}
