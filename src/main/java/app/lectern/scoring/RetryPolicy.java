package app.lectern.scoring;

import app.lectern.content.Question;
import app.lectern.question.QuestionTypes;

/**
 * How many tries a learner gets per question and what retries and hints cost. Guessing does not pay: an answer that is
 * one pick out of k options gets at most k − 1 tries, that is at most k − 2 retries ({@link #forQuestion}), so
 * trying the options one by one never reaches the key for sure; a true-false item gets no second try. On the nth try, with or without the
 * hint, a response earns its grade times the {@linkplain #ceiling ceiling} {@code 1 − penalty × (n − 1) − hint cost},
 * never less than 0: with {@link #SELF_STUDY}, a right answer earns all the points on the first try, 75 % on the
 * second, 50 % on the third, and 25 % less in each case when the hint was taken.
 *
 * @param attemptsPerQuestion how many times a question may be submitted, at least 1
 * @param penaltyPerExtraTry the share of the points each try after the first costs, 0 to 1
 * @param hintCost the share of the points taking the hint costs, 0 to 1
 */
public record RetryPolicy(int attemptsPerQuestion, double penaltyPerExtraTry, double hintCost) {

    /** Three tries, a quarter of the points off for each retry and for the hint. */
    public static final RetryPolicy SELF_STUDY = new RetryPolicy(3, 0.25, 0.25);

    /** Checks the ranges. */
    public RetryPolicy {
        if (attemptsPerQuestion < 1) {
            throw new IllegalArgumentException("attemptsPerQuestion must be at least 1: " + attemptsPerQuestion);
        }
        if (!(penaltyPerExtraTry >= 0 && penaltyPerExtraTry <= 1)) {
            throw new IllegalArgumentException("penaltyPerExtraTry must be within 0..1: " + penaltyPerExtraTry);
        }
        if (!(hintCost >= 0 && hintCost <= 1)) {
            throw new IllegalArgumentException("hintCost must be within 0..1: " + hintCost);
        }
    }

    /**
     * The largest share of the points that this try can earn: {@code max(0, 1 − penalty × (attempt − 1) − hint
     * cost if the hint was used)}.
     *
     * @param attempt the try, from 1
     * @throws IllegalArgumentException when attempt is below 1
     */
    public double ceiling(int attempt, boolean hintUsed) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
        }
        return Math.max(0.0, 1.0 - penaltyPerExtraTry * (attempt - 1) - (hintUsed ? hintCost : 0.0));
    }

    /**
     * This policy for one question: for an answer that is one pick out of k options (single choice, true-false) at
     * most k − 1 tries (k − 2 retries; a true-false or two-option item has one try), otherwise the policy's tries.
     * The costs stay the same.
     */
    public RetryPolicy forQuestion(Question question) {
        int options = QuestionTypes.of(question).onePickOptions(question);
        int cap = options > 0 ? Math.max(1, options - 1) : attemptsPerQuestion;
        return cap >= attemptsPerQuestion ? this : new RetryPolicy(cap, penaltyPerExtraTry, hintCost);
    }

    /** How many more tries are allowed after this many. */
    public int attemptsLeft(int attemptsUsed) {
        return Math.max(0, attemptsPerQuestion - attemptsUsed);
    }
}
