package app.lectern.question.highlight;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
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
        int right = maximumMatching(picks, keys);
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

    /** Always {@code null}: highlight questions have no per-option feedback. */
    public static String optionFeedback(HighlightQuestion question, HighlightAnswer answer) {
        return null;
    }

    /**
     * How many picks can each be given a different key fragment they contain: a maximum bipartite matching, so
     * that the result does not depend on the order of the picks when a fragment occurs in more than one of them.
     */
    private static int maximumMatching(List<String> picks, List<String> keys) {
        int[] pickOfKey = new int[keys.size()];
        Arrays.fill(pickOfKey, -1);
        int matched = 0;
        for (int p = 0; p < picks.size(); p++) {
            if (augment(p, picks, keys, pickOfKey, new boolean[keys.size()])) {
                matched++;
            }
        }
        return matched;
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
