package app.lectern.scoring;

import app.lectern.content.Skill;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's result for a module: totals over all its automatically scored questions, answered or not.
 *
 * @param points points earned, rounded to two decimals
 * @param maxPoints points of every automatically scored question, rounded to two decimals
 * @param bySkill a total for every {@link Skill}, in the enum's order, with zeros for skills the module lacks
 * @param scores the latest score of every answered question, in reading order (open answers included)
 * @param missedQuestionIds answered automatically scored questions whose latest answer is not fully right (a right
 *     answer on a later try or after a hint is not missed), in reading order
 * @param unansweredQuestionIds questions with no response yet, open ones included, in reading order
 * @param pendingQuestionIds open questions answered and waiting for a teacher, in reading order
 */
public record ModuleResult(
        double points,
        double maxPoints,
        Map<Skill, SkillTotal> bySkill,
        List<QuestionScore> scores,
        List<String> missedQuestionIds,
        List<String> unansweredQuestionIds,
        List<String> pendingQuestionIds) {

    /** Rounds the points and makes the collections unmodifiable. */
    public ModuleResult {
        points = Points.round(points);
        maxPoints = Points.round(maxPoints);
        bySkill = Collections.unmodifiableMap(new EnumMap<>(bySkill));
        scores = List.copyOf(scores);
        missedQuestionIds = List.copyOf(missedQuestionIds);
        unansweredQuestionIds = List.copyOf(unansweredQuestionIds);
        pendingQuestionIds = List.copyOf(pendingQuestionIds);
    }

    /** Points earned as a percentage of the points available, 0 when there are none. */
    public double percent() {
        return maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
    }
}
