package app.lectern.lint;

import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code true-false-balance}: with {@value #MIN_ITEMS} or more true-false items (in self-study, or in the whole
 * module), the share of "true" keys should lie between 30 % and 70 %; otherwise "always answer false" pays. Reports
 * each item whose key is the over-used one.
 */
final class TrueFalseBalance implements LintRule {

    static final String ID = "true-false-balance";
    static final int MIN_ITEMS = 4;
    static final double LOW = 0.3;
    static final double HIGH = 0.7;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<LintInput.Item> all = input.items().stream()
                .filter(i -> i.question() instanceof TrueFalseQuestion)
                .toList();
        List<LintInput.Item> selfStudy =
                all.stream().filter(LintInput.Item::selfStudy).toList();
        for (List<LintInput.Item> set : List.of(selfStudy, all)) {
            if (set.size() < MIN_ITEMS) {
                continue;
            }
            long trues = set.stream()
                    .filter(i -> ((TrueFalseQuestion) i.question()).answer())
                    .count();
            double share = trues / (double) set.size();
            if (share >= LOW && share <= HIGH) {
                continue;
            }
            boolean majority = share > HIGH;
            long count = majority ? trues : set.size() - trues;
            String where = set == selfStudy && all.size() != selfStudy.size() ? " of self-study" : "";
            String message = count + " of " + set.size() + " true-false keys" + where + " are " + majority + " ("
                    + String.format(Locale.ROOT, "%.0f", 100.0 * count / set.size())
                    + " %); keep the share of true keys between 30 % and 70 %";
            List<Finding> out = new ArrayList<>();
            for (LintInput.Item i : set) {
                if (((TrueFalseQuestion) i.question()).answer() == majority) {
                    out.add(new Finding(ID, i.id(), i.path() + ".answer", message));
                }
            }
            return out;
        }
        return List.of();
    }
}
