package app.lectern.classroom;

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

    /** Why a question has no discrimination index. */
    public enum NoDiscrimination {
        /** Fewer than {@link #MIN_FOR_DISCRIMINATION} students answered it. */
        TOO_FEW_ANSWERS
    }
}
