package app.lectern.scoring;

/** Rounding shared by the score records. */
final class Points {

    private Points() {}

    /** Rounds to two decimals, half up, so that sums of thirds and quarters stay readable and comparable. */
    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
