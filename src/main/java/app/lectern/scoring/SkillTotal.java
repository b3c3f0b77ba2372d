package app.lectern.scoring;

import app.lectern.content.Skill;

/**
 * A module's total for one skill, over its automatically scored questions.
 *
 * @param skill the skill
 * @param points points earned, rounded to two decimals
 * @param maxPoints points available, rounded to two decimals
 * @param questions how many automatically scored questions practise this skill
 * @param answered how many of them the learner has answered
 */
public record SkillTotal(Skill skill, double points, double maxPoints, int questions, int answered) {

    /** Rounds the points. */
    public SkillTotal {
        points = Points.round(points);
        maxPoints = Points.round(maxPoints);
    }

    /** Points earned as a percentage of the points available, 0 when there are none. */
    public double percent() {
        return maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
    }
}
