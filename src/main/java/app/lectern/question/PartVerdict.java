package app.lectern.question;

/**
 * Whether one part of an answer is right: a categorize item, a match pair, a multiple-choice option, a cloze blank,
 * a highlighted sentence. Computed by the type's grading; what of it a learner may see, and when, is the answer
 * pipeline's decision ({@code KeyRelease}).
 *
 * @param part which part, in the type's own terms, so that its input can put the mark at it: a categorize item's
 *     index, a match pair's left-hand text, an option id, a blank's index, a picked sentence; for a part the learner
 *     did not give ({@link Mark#MISSED} of a highlight question) a running number, never key text
 * @param mark how the part stands
 */
public record PartVerdict(String part, Mark mark) {

    /** How one part stands. */
    public enum Mark {
        /** Given and right (or, of a multiple-choice option, rightly left unticked). */
        RIGHT,
        /** Given and wrong: a wrong category, pair, word or tick, a sentence that is not evidence. */
        WRONG,
        /** Not given but part of the key: an unticked right option, a key sentence not picked. */
        MISSED
    }

    /** Whether the part is right. */
    public boolean right() {
        return mark == Mark.RIGHT;
    }

    /** A right part. */
    public static PartVerdict right(String part) {
        return new PartVerdict(part, Mark.RIGHT);
    }

    /** A right part when {@code right}, else a wrong one. */
    public static PartVerdict of(String part, boolean right) {
        return new PartVerdict(part, right ? Mark.RIGHT : Mark.WRONG);
    }
}
