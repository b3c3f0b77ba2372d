package app.lectern.classroom.gradebook;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the class did on one question.
 *
 * @param column the question
 * @param answered how many students answered it (open answers still waiting for review not counted)
 * @param facility the mean grade of those answers, 0 to 1, or {@code null} when nobody answered
 * @param topWrongAnswer the most given answer that was not fully right, as readable text, or {@code null} when
 *     there is none (or for open questions, whose free text is not compared)
 * @param topWrongCount how many students gave it
 * @param discrimination the facility of the top 27 % of those students by total score minus that of the bottom
 *     27 %, −1 to 1, or {@code null} (see {@code noDiscrimination})
 * @param noDiscrimination why there is no discrimination index, or {@code null} when there is one
 */
public record ItemAnalysis(
        GradebookColumn column,
        int answered,
        Double facility,
        String topWrongAnswer,
        int topWrongCount,
        Double discrimination,
        NoDiscrimination noDiscrimination) {

    /** The fewest answers a discrimination index is computed from; below that it says little. */
    public static final int MIN_FOR_DISCRIMINATION = 10;

    /** The share of the students, ranked by total score, in each of the upper and the lower group. */
    static final double GROUP_SHARE = 0.27;

    /** Facility below this is {@link Band#HARD}. */
    public static final double HARD_BELOW = 0.4;

    /** Facility from this on is {@link Band#EASY}. */
    public static final double EASY_FROM = 0.75;

    /**
     * How hard the class found a question, for a colour scale that also says it in words: a teacher scanning 40
     * questions looks for the hard ones first.
     */
    public enum Band {
        /** Facility below {@link #HARD_BELOW}: most of the class missed it. */
        HARD,
        /** Between the two. */
        MEDIUM,
        /** Facility of {@link #EASY_FROM} or more. */
        EASY,
        /** Nobody answered it yet. */
        NONE
    }

    /** The band of this question's facility. */
    public Band band() {
        if (facility == null) {
            return Band.NONE;
        }
        return facility < HARD_BELOW ? Band.HARD : facility < EASY_FROM ? Band.MEDIUM : Band.EASY;
    }

    /** Why a question has no discrimination index. */
    public enum NoDiscrimination {
        /** Fewer than {@link #MIN_FOR_DISCRIMINATION} students answered it. */
        TOO_FEW_ANSWERS
    }

    /**
     * One student's graded answer to the question.
     *
     * @param studentId ranks students with the same total score, so the groups do not depend on input order
     * @param studentPercent the student's total score in percent, which ranks the students
     * @param fraction the grade of this answer, 0 to 1
     * @param text the answer as one line of readable text, or {@code null} when it is not compared (open answers)
     */
    record GradedAnswer(long studentId, double studentPercent, double fraction, String text) {}

    /**
     * Analyses the graded answers of one question (answers waiting for a teacher left out). The most given wrong
     * answer is counted with white space and case ignored and shown as first given; on a tie, the one given first
     * wins.
     */
    static ItemAnalysis of(GradebookColumn column, List<GradedAnswer> answers) {
        Double facility = answers.isEmpty() ? null : mean(answers);
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (GradedAnswer a : answers) {
            if (a.text() == null || Grade.of(a.fraction()).fullyRight()) {
                continue;
            }
            String key = Markdown.collapse(a.text()).toLowerCase(Locale.ROOT);
            shown.putIfAbsent(key, a.text());
            counts.merge(key, 1, Integer::sum);
        }
        String topWrong = null;
        int topWrongCount = 0;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            int n = counts.get(e.getKey());
            if (n > topWrongCount) {
                topWrongCount = n;
                topWrong = e.getValue();
            }
        }
        if (answers.size() < MIN_FOR_DISCRIMINATION) {
            return new ItemAnalysis(
                    column, answers.size(), facility, topWrong, topWrongCount, null, NoDiscrimination.TOO_FEW_ANSWERS);
        }
        List<GradedAnswer> ranked = new ArrayList<>(answers);
        ranked.sort(Comparator.comparingDouble(GradedAnswer::studentPercent)
                .reversed()
                .thenComparingLong(GradedAnswer::studentId));
        int n = Math.max(1, (int) Math.round(GROUP_SHARE * ranked.size()));
        double discrimination = mean(ranked.subList(0, n)) - mean(ranked.subList(ranked.size() - n, ranked.size()));
        return new ItemAnalysis(column, answers.size(), facility, topWrong, topWrongCount, discrimination, null);
    }

    private static double mean(List<GradedAnswer> answers) {
        return answers.stream().mapToDouble(GradedAnswer::fraction).average().orElse(0);
    }
}
