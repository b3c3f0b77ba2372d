package app.lectern.lint;

import app.lectern.question.Option;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code key-position}: the positions of the keys of single-choice items (a, b, c …) should look random. Compares
 * the counts per position with what chance gives (each item's key equally likely at each of its positions) by a
 * chi-square statistic whose p-value is estimated by simulation (fixed seed, so the result is reproducible; items
 * with different option counts are handled exactly). Needs at least {@value #MIN_ITEMS} items; reports once, at the
 * first item whose key is in the most over-used position.
 */
final class KeyPosition implements LintRule {

    static final String ID = "key-position";
    static final int MIN_ITEMS = 8;
    private static final int ROUNDS = 20_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<LintInput.Item> items = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        for (LintInput.Item item : input.items()) {
            if (item.question() instanceof SingleQuestion s) {
                int k = Option.indexOf(s.options(), s.answer());
                if (k >= 0) {
                    items.add(item);
                    sizes.add(s.options().size());
                    keys.add(k);
                }
            }
        }
        if (items.size() < MIN_ITEMS) {
            return List.of();
        }
        int width = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        double[] expected = new double[width];
        for (int size : sizes) {
            for (int j = 0; j < size; j++) {
                expected[j] += 1.0 / size;
            }
        }
        int[] observed = new int[width];
        keys.forEach(k -> observed[k]++);
        double statistic = chiSquare(observed, expected);
        Random random = new Random(13);
        int asExtreme = 0;
        for (int r = 0; r < ROUNDS; r++) {
            int[] simulated = new int[width];
            for (int size : sizes) {
                simulated[random.nextInt(size)]++;
            }
            if (chiSquare(simulated, expected) >= statistic - 1e-9) {
                asExtreme++;
            }
        }
        double p = asExtreme / (double) ROUNDS;
        if (p >= Chance.ALPHA) {
            return List.of();
        }
        int worst = 0;
        StringBuilder counts = new StringBuilder();
        for (int j = 0; j < width; j++) {
            if (observed[j] - expected[j] > observed[worst] - expected[worst]) {
                worst = j;
            }
            counts.append(j == 0 ? "" : ", ")
                    .append(Option.label(j), 0, 1)
                    .append(' ')
                    .append(observed[j])
                    .append(" (chance ")
                    .append(Chance.one(expected[j]))
                    .append(')');
        }
        int first = keys.indexOf(worst);
        LintInput.Item at = items.get(first);
        return List.of(new Finding(
                ID,
                at.id(),
                at.path() + ".answer",
                "the keys of the " + items.size() + " single-choice items are unbalanced across positions: " + counts
                        + " (" + Chance.p(p) + "); move some keys from " + Option.label(worst)));
    }

    private static double chiSquare(int[] observed, double[] expected) {
        double sum = 0;
        for (int j = 0; j < observed.length; j++) {
            if (expected[j] > 0) {
                double d = observed[j] - expected[j];
                sum += d * d / expected[j];
            }
        }
        return sum;
    }
}
