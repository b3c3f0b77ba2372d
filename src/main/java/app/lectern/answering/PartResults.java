package app.lectern.answering;

import app.lectern.question.PartVerdict;
import java.util.List;

/**
 * What a learner is told of the parts of an answer with several (categorize items, match pairs, options of a
 * multiple choice, blanks, highlighted sentences). {@link KeyRelease} decides: while tries remain only how many
 * parts are right, never which; once the question is settled each part's verdict.
 *
 * @param right how many parts are right
 * @param total how many parts there are
 * @param verdicts each part's verdict once released; empty while it is not
 */
public record PartResults(int right, int total, List<PartVerdict> verdicts) {

    /** Copies the verdicts. */
    public PartResults {
        verdicts = List.copyOf(verdicts);
    }

    /** Whether each part's verdict is released. */
    public boolean verdictsReleased() {
        return !verdicts.isEmpty();
    }

    /** The results of all {@code parts}: the count always, the verdicts only when {@code release}. */
    static PartResults of(List<PartVerdict> parts, boolean release) {
        int right = (int) parts.stream().filter(PartVerdict::right).count();
        return new PartResults(right, parts.size(), release ? parts : List.of());
    }
}
