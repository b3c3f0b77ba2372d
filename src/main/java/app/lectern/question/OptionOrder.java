package app.lectern.question;

import app.lectern.content.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Puts what a question shows in a display order fixed by a seed: the options of choice questions (for assignments
 * that ask for it; each type decides what it shuffles, {@link QuestionTypeDefinition#shuffled}), and what the inputs
 * always show shuffled (order items, match choices, cloze word banks). Only the display order changes: ids and the
 * key stay the same, so grading is untouched. The seed comes from the server's display orders
 * ({@code app.lectern.answering.DisplayOrder}), never from anything the browser knows.
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

    /**
     * A copy of the items in an order fixed by {@code seed}: the same seed gives the same order. Over seeds every
     * permutation is equally likely, the given order included, so no order (the key's, say) is singled out by never
     * being shown.
     */
    public static <T> List<T> shuffle(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return List.copyOf(copy);
    }
}
