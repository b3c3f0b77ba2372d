package app.lectern.classroom.gradebook;

import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Skill;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.StoredAnswers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The class-wide parts of a gradebook (score distribution, item analysis, mastery per skill) from what the database
 * aggregates: per-student totals, per-question sums and the distinct wrong answers.
 */
final class GradebookAnalysis {

    private GradebookAnalysis() {}

    /** Ten buckets of 10 percentage points over these percentages. */
    static List<ScoreBucket> distribution(Collection<Double> percents) {
        int[] counts = new int[10];
        for (double p : percents) {
            // rounded first, so that 100 × 0.7 / 1 lands in the 70s however the division comes out
            double percent = Math.round(p * 1e6) / 1e6;
            counts[Math.min(9, Math.max(0, (int) Math.floor(percent / 10)))]++;
        }
        List<ScoreBucket> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new ScoreBucket(i * 10, i * 10 + 10, counts[i]));
        }
        return out;
    }

    /**
     * The analysis of every question, in column order, then of every pool as a whole.
     *
     * @param percents each counted student's total score in percent, which ranks them for the discrimination index
     * @param wrong the distinct wrong latest answers with their counts
     * @param fractions feeds every graded latest answer as (student, question, grade)
     */
    static List<ItemAnalysis> items(
            LearningModule module,
            List<GradebookColumn> columns,
            Map<Long, Double> percents,
            List<GradebookQueries.AnswerCount> wrong,
            Consumer<Consumer<GradebookQueries.Fraction>> fractions) {
        Map<String, List<ItemAnalysis.GradedAnswer>> byQuestion = new HashMap<>();
        fractions.accept(f -> byQuestion
                .computeIfAbsent(f.questionId(), k -> new ArrayList<>())
                .add(new ItemAnalysis.GradedAnswer(
                        f.studentId(), percents.getOrDefault(f.studentId(), 0.0), f.fraction(), null)));
        Map<String, List<GradebookQueries.AnswerCount>> wrongByQuestion = new HashMap<>();
        wrong.forEach(w -> wrongByQuestion
                .computeIfAbsent(w.questionId(), k -> new ArrayList<>())
                .add(w));
        List<ItemAnalysis> out = new ArrayList<>();
        for (GradebookColumn column : columns) {
            Question question = module.question(column.questionId()).orElseThrow();
            ItemAnalysis item = ItemAnalysis.of(column, byQuestion.getOrDefault(column.questionId(), List.of()));
            TopWrong top = topWrong(question, wrongByQuestion.getOrDefault(column.questionId(), List.of()));
            out.add(new ItemAnalysis(
                    item.column(),
                    item.answered(),
                    item.facility(),
                    top.text(),
                    top.count(),
                    item.discrimination(),
                    item.noDiscrimination()));
        }
        module.pools().forEach(pool -> out.add(wholePool(columns, pool, byQuestion)));
        return out;
    }

    private record TopWrong(String text, int count) {}

    /**
     * The most given wrong answer, counted with white space and case ignored and shown as the first student (by
     * name) gave it; on a tie, the one given first wins.
     */
    private static TopWrong topWrong(Question question, List<GradebookQueries.AnswerCount> answers) {
        QuestionType<?, ?> type = QuestionTypes.of(question);
        record Key(String shown, long first, int count) {}
        Map<String, Key> keys = new LinkedHashMap<>();
        for (GradebookQueries.AnswerCount a : answers) {
            String text = StoredAnswers.read(question, a.answerJson())
                    .map(answer -> type.summary(question, answer))
                    .orElse(null);
            if (text == null) {
                continue;
            }
            keys.merge(
                    Markdown.collapse(text).toLowerCase(Locale.ROOT),
                    new Key(text, a.firstPosition(), a.students()),
                    (x, y) -> new Key(
                            x.first() <= y.first() ? x.shown() : y.shown(),
                            Math.min(x.first(), y.first()),
                            x.count() + y.count()));
        }
        Key top = null;
        for (Key k : keys.values()) {
            if (top == null || k.count() > top.count() || (k.count() == top.count() && k.first() < top.first())) {
                top = k;
            }
        }
        return top == null ? new TopWrong(null, 0) : new TopWrong(top.shown(), top.count());
    }

    /**
     * The pool as a whole: every graded answer to any of its variants (each student answers the variants drawn for
     * them), without a most given wrong answer, as the variants' answers do not compare.
     */
    private static ItemAnalysis wholePool(
            List<GradebookColumn> columns, ItemPool pool, Map<String, List<ItemAnalysis.GradedAnswer>> byQuestion) {
        Question first = pool.questions().getFirst();
        GradebookColumn variant = columns.stream()
                .filter(c -> c.questionId().equals(first.id()))
                .findFirst()
                .orElseThrow();
        GradebookColumn column = new GradebookColumn(
                variant.number(),
                pool.id(),
                variant.sectionTitle(),
                "Pool " + pool.id() + " (" + pool.draw() + " of "
                        + pool.questions().size() + ")",
                "pool",
                variant.skill(),
                variant.maxPoints(),
                variant.autoScored());
        List<ItemAnalysis.GradedAnswer> graded = pool.questions().stream()
                .flatMap(q -> byQuestion.getOrDefault(q.id(), List.of()).stream())
                .toList();
        return ItemAnalysis.of(column, graded);
    }

    /**
     * The class's result per skill the module practises, over the students who answered at least one question.
     *
     * @param questions per question, the points the class earned on it
     * @param counted the draw of each counted student
     */
    static List<SkillMastery> skills(
            LearningModule module, Map<String, GradebookQueries.QuestionTotals> questions, List<Drawn.Module> counted) {
        Map<Skill, Integer> count = new EnumMap<>(Skill.class);
        // as many questions as one student answers: a pool counts with its draw
        module.sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(Question::autoScored)
                .forEach(q -> count.merge(q.skill(), 1, Integer::sum));
        module.pools()
                .filter(p -> p.questions().getFirst().autoScored())
                .forEach(p -> count.merge(p.questions().getFirst().skill(), p.draw(), Integer::sum));
        Map<Skill, Double> points = new EnumMap<>(Skill.class);
        module.questions().forEach(q -> {
            GradebookQueries.QuestionTotals t = questions.get(q.id());
            if (t != null) {
                points.merge(q.skill(), t.points(), Double::sum);
            }
        });
        List<SkillMastery> out = new ArrayList<>();
        for (Map.Entry<Skill, Integer> e : count.entrySet()) {
            double max = counted.stream()
                    .mapToDouble(d -> d.maxBySkill().getOrDefault(e.getKey(), 0.0))
                    .sum();
            out.add(new SkillMastery(
                    e.getKey(),
                    e.getValue(),
                    counted.size(),
                    counted.isEmpty() ? 0 : points.getOrDefault(e.getKey(), 0.0),
                    max));
        }
        return out;
    }
}
