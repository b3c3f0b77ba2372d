package app.lectern.classroom.attempt;

/**
 * A student's own result at an assignment whose feedback is shown.
 *
 * @param points points earned (open answers once graded)
 * @param maxPoints points available
 * @param commented whether the teacher commented on one of the student's answers
 */
public record MyResult(double points, double maxPoints, boolean commented) {

    /** Points as a percentage, 0 when there are none. */
    public double percent() {
        return maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
    }
}
