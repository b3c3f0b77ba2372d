package app.lectern.classroom.attempt;

import app.lectern.question.open.RubricLevel;
import java.util.List;

/**
 * What a teacher may give for one open answer.
 *
 * <p>A rubric is read one of two ways. When its lines' points add up to the question's points (and it has more
 * than one line), the lines are <em>criteria</em> and an answer earns the sum of those it meets: any sum of lines is
 * allowed. Otherwise the lines are <em>levels</em> and an answer earns one level's points, or 0 when it meets none.
 * Without a rubric, any points from 0 to the maximum are allowed.
 *
 * @param maxPoints the question's points
 * @param levels the rubric's lines as written, descriptions as plain text
 * @param criteria whether the lines are criteria that add up rather than alternative levels
 * @param allowedPoints the points that may be given, ascending; empty means any value from 0 to {@code maxPoints}
 */
public record GradingScale(double maxPoints, List<RubricLevel> levels, boolean criteria, List<Double> allowedPoints) {

    /** Copies the lists. */
    public GradingScale {
        levels = List.copyOf(levels);
        allowedPoints = List.copyOf(allowedPoints);
    }

    /** Whether these points may be given. */
    public boolean allows(double points) {
        if (!Double.isFinite(points)) {
            return false;
        }
        if (allowedPoints.isEmpty()) {
            return points >= 0 && points <= maxPoints + EPSILON;
        }
        return allowedPoints.stream().anyMatch(p -> Math.abs(p - points) < EPSILON);
    }

    private static final double EPSILON = 1e-6;
}
