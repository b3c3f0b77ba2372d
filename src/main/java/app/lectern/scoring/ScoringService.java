package app.lectern.scoring;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Skill;
import app.lectern.question.Answer;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.QuestionTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scores responses under a {@link RetryPolicy} and totals a learner's scores for a module. Stateless. */
public class ScoringService {

    /**
     * Grades a response and applies the policy: the points are {@code points × grade × policy ceiling}. An open
     * question scores 0 points with a pending grade.
     *
     * @param attempt which try this is, from 1
     * @throws AttemptsExhaustedException when {@code attempt} is beyond the policy's tries
     * @throws InvalidAnswerException when the answer does not fit the question
     * @throws IllegalArgumentException when {@code attempt} is below 1
     */
    public QuestionScore score(Question question, Answer answer, int attempt, boolean hintUsed, RetryPolicy policy) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(policy, "policy");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
        }
        if (attempt > policy.attemptsPerQuestion()) {
            throw new AttemptsExhaustedException(question.id(), attempt, policy.attemptsPerQuestion());
        }
        Grade grade = QuestionTypes.of(question).grade(question, answer);
        double points = grade.pending() ? 0 : question.points() * grade.fraction() * policy.ceiling(attempt, hintUsed);
        return new QuestionScore(question.id(), question.skill(), points, question.points(), grade, attempt, hintUsed);
    }

    /**
     * Totals a learner's latest scores for a module. Every automatically scored question counts towards the maximum,
     * answered or not; open questions count towards no total and are listed as pending once answered. Scores of
     * questions the module no longer has are ignored, and a score is capped at the question's current points.
     *
     * @param latestScores the learner's latest score per question id
     */
    public ModuleResult result(LearningModule module, Map<String, QuestionScore> latestScores) {
        return result(module, latestScores, false);
    }

    /**
     * Totals an assignment, where a teacher grades open answers: like {@link #result(LearningModule, Map)}, except
     * that open questions count towards the maximum too, a reviewed open answer (not pending) adds its points, and
     * only answers still waiting for the teacher are listed as pending. So every student of an assignment has the
     * same maximum, and a score grows as essays are graded.
     *
     * @param latestScores the student's latest score per question id; a reviewed open answer is not pending
     */
    public ModuleResult resultWithTeacherGrading(LearningModule module, Map<String, QuestionScore> latestScores) {
        return result(module, latestScores, true);
    }

    private ModuleResult result(
            LearningModule module, Map<String, QuestionScore> latestScores, boolean teacherGradesOpen) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(latestScores, "latestScores");
        Map<Skill, double[]> points = new EnumMap<>(Skill.class);
        Map<Skill, int[]> counts = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            points.put(s, new double[2]);
            counts.put(s, new int[2]);
        }
        double earned = 0;
        double max = 0;
        List<QuestionScore> scores = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (Question q : module.questions().toList()) {
            QuestionScore score = latestScores.get(q.id());
            if (score != null) {
                scores.add(score);
            } else {
                unanswered.add(q.id());
            }
            if (!q.autoScored()) {
                if (score != null && (!teacherGradesOpen || score.pending())) {
                    pending.add(q.id());
                }
                if (!teacherGradesOpen) {
                    continue;
                }
            }
            double got = score == null || score.pending() ? 0 : Math.min(score.points(), q.points());
            earned += got;
            max += q.points();
            points.get(q.skill())[0] += got;
            points.get(q.skill())[1] += q.points();
            counts.get(q.skill())[0]++;
            if (score != null) {
                counts.get(q.skill())[1]++;
                if (!score.pending() && !score.grade().fullyRight()) {
                    missed.add(q.id());
                }
            }
        }
        Map<Skill, SkillTotal> bySkill = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            bySkill.put(s, new SkillTotal(s, points.get(s)[0], points.get(s)[1], counts.get(s)[0], counts.get(s)[1]));
        }
        return new ModuleResult(earned, max, bySkill, scores, missed, unanswered, pending);
    }
}
