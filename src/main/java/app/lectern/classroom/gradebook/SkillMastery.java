package app.lectern.classroom.gradebook;

import app.lectern.content.Skill;

/**
 * The class's result on one skill: the points its students earned on the skill's questions over the points
 * available to them, counting only students who answered at least one question of the assignment.
 *
 * @param skill the skill
 * @param questions how many automatically scored questions practise it
 * @param students how many students are counted
 * @param points points those students earned on it
 * @param maxPoints points available to them
 */
public record SkillMastery(Skill skill, int questions, int students, double points, double maxPoints) {

    /** Points as a percentage, or {@code null} when no student is counted. */
    public Double percent() {
        return maxPoints == 0 ? null : 100.0 * points / maxPoints;
    }
}
