package app.lectern.lint;

import java.util.List;
import java.util.Locale;

/** The statistics the balance rules use. */
final class Chance {

    /** The significance level: a pattern that chance would produce less often than this is reported. */
    static final double ALPHA = 0.05;

    private Chance() {}

    /**
     * The probability that at least {@code observed} of independent events with these probabilities happen (the
     * upper tail of the Poisson-binomial distribution, exact).
     */
    static double atLeast(int observed, List<Double> probabilities) {
        double[] dist = new double[probabilities.size() + 1];
        dist[0] = 1;
        int n = 0;
        for (double p : probabilities) {
            n++;
            for (int k = n; k >= 0; k--) {
                dist[k] = dist[k] * (1 - p) + (k > 0 ? dist[k - 1] * p : 0);
            }
        }
        double tail = 0;
        for (int k = Math.max(0, observed); k < dist.length; k++) {
            tail += dist[k];
        }
        return Math.min(1, tail);
    }

    /** A probability for messages: {@code p = 0.004}. */
    static String p(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    /** A number with one decimal. */
    static String one(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
