package app.lectern.question;

import app.lectern.content.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Shuffles the options of choice questions, for assignments that ask for it. Only the display order changes: option
 * ids and the key stay the same, so grading is untouched. Each type decides what it shuffles
 * ({@link QuestionTypeDefinition#shuffled}).
 */
public final class OptionOrder {

    private OptionOrder() {}

    /**
     * The question with its options in an order fixed by {@code seed} (the same seed gives the same order, so a page
     * reload does not reshuffle); questions without options are returned as they are.
     */
    public static Question shuffled(Question question, long seed) {
        return QuestionTypes.of(question).shuffled(question, seed);
    }

    /** A copy of the items in an order fixed by {@code seed}: the same seed gives the same order. */
    public static <T> List<T> shuffle(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return List.copyOf(copy);
    }
}
