package app.lectern.scoring;

import app.lectern.content.Skill;
import app.lectern.question.Grade;
import java.util.Objects;

/**
 * The score of one response after the retry and hint policy.
 *
 * @param questionId the question
 * @param skill what the question practises
 * @param points points earned, rounded to two decimals (0 while an open answer waits for review)
 * @param maxPoints the question's points, rounded to two decimals
 * @param grade the grade before the policy
 * @param attempt which try this was, from 1
 * @param hintUsed whether the learner took the hint
 */
public record QuestionScore(
        String questionId, Skill skill, double points, double maxPoints, Grade grade, int attempt, boolean hintUsed) {

    /** Rounds the points and checks the values. */
    public QuestionScore {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(grade, "grade");
        points = Points.round(points);
        maxPoints = Points.round(maxPoints);
        if (!(points >= 0 && points <= maxPoints)) {
            throw new IllegalArgumentException("points must be within 0.." + maxPoints + ": " + points);
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
        }
    }

    /** Whether an open answer waits for a teacher. */
    public boolean pending() {
        return grade.pending();
    }

    /** Whether every point was earned (after penalties). */
    public boolean fullMarks() {
        return !pending() && points >= maxPoints;
    }
}
