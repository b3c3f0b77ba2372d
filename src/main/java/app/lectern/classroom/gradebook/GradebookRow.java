package app.lectern.classroom.gradebook;

import app.lectern.content.Skill;
import app.lectern.scoring.SkillTotal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One student of the class in an assignment's gradebook. Totals are those the student's own result shows: over the
 * automatically scored questions, unanswered ones counting 0; open answers appear in their cells only.
 *
 * @param studentId the student's account id
 * @param displayName the student's name
 * @param loginName the student's login name (what a teacher types to find them, unique where names are not)
 * @param status not started, in progress or submitted
 * @param startedAt when they first opened the assignment, or {@code null}
 * @param submittedAt when they submitted, or {@code null}
 * @param late submitted after the due date, or not submitted and the due date has passed
 * @param timeSpent active time: the gaps between opening the attempt and each answer that are at most
 *     {@link ActiveTime#DEFAULT_THRESHOLD} long, summed ({@link ActiveTime}); {@code null} before the first answer
 * @param answered how many questions they answered
 * @param points points earned
 * @param maxPoints points available
 * @param cells one per {@link GradebookColumn}, in the same order
 * @param skills the student's total per skill the module practises, in the enum's order
 */
public record GradebookRow(
        long studentId,
        String displayName,
        String loginName,
        GradebookStatus status,
        Instant startedAt,
        Instant submittedAt,
        boolean late,
        Duration timeSpent,
        int answered,
        double points,
        double maxPoints,
        List<GradebookCell> cells,
        Map<Skill, SkillTotal> skills) {

    /** Copies the collections. */
    public GradebookRow {
        cells = List.copyOf(cells);
        EnumMap<Skill, SkillTotal> copy = new EnumMap<>(Skill.class);
        copy.putAll(skills);
        skills = Collections.unmodifiableMap(copy);
    }

    /** Points as a percentage of the points available, 0 when there are none. */
    public double percent() {
        return maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
    }

    /** How many open answers wait for review. */
    public int pending() {
        return (int) cells.stream().filter(GradebookCell::pending).count();
    }
}
