package app.lectern.question.highlight;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.PartVerdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grades {@link HighlightQuestion} responses: {@code max(0, (right picks − wrong picks) / key sentences)}. A picked
 * sentence is right when it contains one of the key fragments (white space collapsed on both sides); each key
 * fragment makes at most one pick right, so picking the same evidence twice does not pay twice.
 */
public final class HighlightGrading {

    private HighlightGrading() {}

    /**
     * Grades a response. Picking no sentence is a valid answer that scores 0; a {@code null} set or a {@code null}
     * or blank pick is an {@link InvalidAnswerException}. Whether the picks are sentences of the section is not
     * checked here (the grader does not see the section), but a pick that is not one contains no key fragment
     * and so counts as wrong.
     */
    public static Grade grade(HighlightQuestion question, HighlightAnswer answer) {
        if (answer.sentences() == null) {
            throw new InvalidAnswerException("no sentence set given");
        }
        List<String> picks = new ArrayList<>();
        for (String s : answer.sentences()) {
            if (s == null || s.isBlank()) {
                throw new InvalidAnswerException("a picked sentence is empty");
            }
            picks.add(Markdown.collapse(s));
        }
        List<String> keys =
                question.sentences().stream().map(Markdown::collapse).toList();
        int right = (int)
                Arrays.stream(maximumMatching(picks, keys)).filter(p -> p >= 0).count();
        int wrong = picks.size() - right;
        return Grade.of(Math.max(0.0, (double) (right - wrong) / keys.size()));
    }

    /** The key sentences, each in quotation marks, e.g. {@code "“They are concerned …”"}. */
    public static String keyText(HighlightQuestion question) {
        return String.join(
                " ",
                question.sentences().stream()
                        .map(s -> "“" + Markdown.collapse(s) + "”")
                        .toList());
    }

    /**
     * Each picked sentence, as given, in the answer's order: right when it is evidence (the same matching as the
     * grade, so a fragment makes one pick right); then one missed part per key fragment no pick contains, numbered
     * from 1 and naming no key text.
     */
    public static List<PartVerdict> parts(HighlightQuestion question, HighlightAnswer answer) {
        List<String> given = answer.sentences() == null
                ? List.of()
                : answer.sentences().stream()
                        .filter(s -> s != null && !s.isBlank())
                        .toList();
        List<String> picks = given.stream().map(Markdown::collapse).toList();
        List<String> keys =
                question.sentences().stream().map(Markdown::collapse).toList();
        int[] pickOfKey = maximumMatching(picks, keys);
        boolean[] pickRight = new boolean[picks.size()];
        List<PartVerdict> parts = new ArrayList<>();
        int missed = 0;
        for (int pick : pickOfKey) {
            if (pick >= 0) {
                pickRight[pick] = true;
            }
        }
        for (int p = 0; p < picks.size(); p++) {
            parts.add(PartVerdict.of(given.get(p), pickRight[p]));
        }
        for (int pick : pickOfKey) {
            if (pick < 0) {
                parts.add(new PartVerdict("missed-" + ++missed, PartVerdict.Mark.MISSED));
            }
        }
        return parts;
    }

    /** Always {@code null}: highlight questions have no per-option feedback. */
    public static String optionFeedback(HighlightQuestion question, HighlightAnswer answer) {
        return null;
    }

    /**
     * How many picks can each be given a different key fragment they contain: a maximum bipartite matching, so
     * that the result does not depend on the order of the picks when a fragment occurs in more than one of them.
     * Returns, per key fragment, the index of the pick it makes right, or -1.
     */
    private static int[] maximumMatching(List<String> picks, List<String> keys) {
        int[] pickOfKey = new int[keys.size()];
        Arrays.fill(pickOfKey, -1);
        for (int p = 0; p < picks.size(); p++) {
            augment(p, picks, keys, pickOfKey, new boolean[keys.size()]);
        }
        return pickOfKey;
    }

    private static boolean augment(int p, List<String> picks, List<String> keys, int[] pickOfKey, boolean[] visited) {
        for (int k = 0; k < keys.size(); k++) {
            if (!visited[k] && picks.get(p).contains(keys.get(k))) {
                visited[k] = true;
                if (pickOfKey[k] < 0 || augment(pickOfKey[k], picks, keys, pickOfKey, visited)) {
                    pickOfKey[k] = p;
                    return true;
                }
            }
        }
        return false;
    }
}
