package app.lectern.lint;

import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Skill;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The coverage figures printed as notes: questions per use, skill and type, for self-study and for assignments. */
final class Coverage {

    private Coverage() {}

    static List<String> notes(LintInput input) {
        List<LintInput.Item> all = input.items();
        List<LintInput.Item> selfStudy =
                all.stream().filter(LintInput.Item::selfStudy).toList();
        List<LintInput.Item> assessment =
                all.stream().filter(i -> !i.selfStudy()).toList();
        LearningModule m = input.module();
        List<String> out = new ArrayList<>();
        long pools = m.pools().count();
        out.add("questions: " + all.size() + " (self-study " + selfStudy.size() + ", assessment only "
                + assessment.size()
                + (pools == 0
                        ? ""
                        : "; " + pools + " pool" + (pools == 1 ? "" : "s") + " of variants, "
                                + m.pools().mapToInt(ItemPool::draw).sum() + " drawn")
                + "), "
                + m.questionsPerLearner() + " per student in an assignment");
        out.add("questions per skill: " + skills(all) + "; in self-study: " + skills(selfStudy) + "; assessment only: "
                + skills(assessment));
        out.add("questions per type: " + types(all) + "; in self-study: " + types(selfStudy));
        return out;
    }

    private static String skills(List<LintInput.Item> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Skill s : Skill.values()) {
            counts.put(s.key(), 0);
        }
        return count(items, i -> i.question().skill().key(), counts);
    }

    private static String types(List<LintInput.Item> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (QuestionType<?, ?> t : QuestionTypes.ALL) {
            counts.put(t.name(), 0);
        }
        return count(items, i -> QuestionTypes.of(i.question()).name(), counts);
    }

    private static String count(
            List<LintInput.Item> items, Function<LintInput.Item, String> key, Map<String, Integer> counts) {
        items.forEach(i -> counts.merge(key.apply(i), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(k + " " + n));
        return String.join(", ", parts);
    }
}
