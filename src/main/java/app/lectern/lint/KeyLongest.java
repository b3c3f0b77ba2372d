package app.lectern.lint;

import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code key-longest}: test-wise learners pick the longest option. Counts the choice items whose key is strictly the
 * longest option (for a multiple choice: whose longest option is a key) and compares the count with chance (1 in k
 * for k options; m in k for m keys), exactly, with the Poisson-binomial distribution. When chance would reach that
 * count less than 5 % of the time, in self-study or in the whole module, each such item is reported.
 */
final class KeyLongest implements LintRule {

    static final String ID = "key-longest";

    @Override
    public String id() {
        return ID;
    }

    private record Hit(LintInput.Item item, int option, boolean single) {}

    private record Tally(List<Hit> hits, List<Double> chances, int singles, int singleHits, int multiples) {

        double p() {
            return Chance.atLeast(hits.size(), chances);
        }

        double expected() {
            return chances.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<LintInput.Item> all = input.items();
        Tally selfStudy = tally(all.stream().filter(LintInput.Item::selfStudy).toList());
        Tally whole = tally(all);
        Tally worst = selfStudy.p() <= whole.p() ? selfStudy : whole;
        if (worst.chances().isEmpty() || worst.p() >= Chance.ALPHA) {
            return List.of();
        }
        String where = worst == selfStudy
                        && whole.chances().size() != selfStudy.chances().size()
                ? " of self-study"
                : "";
        int multipleHits = worst.hits().size() - worst.singleHits();
        String summary = "the key is the strictly longest option in " + worst.singleHits() + " of " + worst.singles()
                + " single-choice items" + where
                + (worst.multiples() > 0
                        ? " (and in " + multipleHits + " of " + worst.multiples() + " multiple-choice)"
                        : "")
                + ", where chance would give " + Chance.one(worst.expected()) + " (" + Chance.p(worst.p())
                + "); make a distractor as long, or the key shorter";
        List<Finding> out = new ArrayList<>();
        for (Hit h : worst.hits()) {
            out.add(new Finding(ID, h.item().id(), h.item().path() + ".options[" + h.option() + "].text", summary));
        }
        return out;
    }

    private static Tally tally(List<LintInput.Item> items) {
        List<Hit> hits = new ArrayList<>();
        List<Double> chances = new ArrayList<>();
        int singles = 0;
        int singleHits = 0;
        int multiples = 0;
        for (LintInput.Item item : items) {
            if (item.question() instanceof SingleQuestion s) {
                singles++;
                chances.add(1.0 / s.options().size());
                int longest = strictlyLongest(s.options());
                if (longest >= 0 && s.options().get(longest).id().equals(s.answer())) {
                    hits.add(new Hit(item, longest, true));
                    singleHits++;
                }
            } else if (item.question() instanceof MultipleQuestion m) {
                multiples++;
                chances.add(m.answers().size() / (double) m.options().size());
                int longest = strictlyLongest(m.options());
                if (longest >= 0
                        && m.answers().contains(m.options().get(longest).id())) {
                    hits.add(new Hit(item, longest, false));
                }
            }
        }
        return new Tally(hits, chances, singles, singleHits, multiples);
    }

    /** The position of the option longer than every other, or −1 when the longest length is shared. */
    static int strictlyLongest(List<Option> options) {
        int best = -1;
        int bestLength = -1;
        boolean tie = false;
        for (int i = 0; i < options.size(); i++) {
            int length = Markdown.plainText(options.get(i).text()).length();
            if (length > bestLength) {
                best = i;
                bestLength = length;
                tie = false;
            } else if (length == bestLength) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }
}
