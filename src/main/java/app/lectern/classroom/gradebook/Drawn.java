package app.lectern.classroom.gradebook;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Skill;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The module as each student's attempt shows it (the pool variants drawn for them), built once per distinct draw:
 * a class of 2,000 shares a handful of draws.
 */
final class Drawn {

    /**
     * One draw of the module.
     *
     * @param module the module with the drawn variants only
     * @param maxPoints the points available: every question's, open ones included (a teacher grades them)
     * @param maxBySkill the points available per skill practised
     */
    record Module(LearningModule module, double maxPoints, Map<Skill, Double> maxBySkill) {}

    private final LearningModule module;
    private final Map<Long, Set<String>> variants;
    private final Map<Set<String>, Module> byDraw = new HashMap<>();

    Drawn(LearningModule module, Map<Long, Set<String>> variants) {
        this.module = module;
        this.variants = variants;
    }

    /** The student's draw (a student not asked for gets the module without pool variants). */
    Module of(long studentId) {
        return byDraw.computeIfAbsent(variants.getOrDefault(studentId, Set.of()), this::build);
    }

    private Module build(Set<String> drawn) {
        LearningModule mine = module.withDrawn(drawn);
        double max = 0;
        Map<Skill, Double> bySkill = new EnumMap<>(Skill.class);
        for (Question q : mine.questions().toList()) {
            max += q.points();
            bySkill.merge(q.skill(), q.points(), Double::sum);
        }
        return new Module(mine, max, bySkill);
    }
}
