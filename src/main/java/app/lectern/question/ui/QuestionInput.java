package app.lectern.question.ui;

import app.lectern.question.Answer;
import app.lectern.question.PartVerdict;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/**
 * A question's input component on the server side. It shows only what the learner may see before submitting
 * (prompt-side texts such as options and items); the answer key never reaches the browser through it.
 *
 * @param <A> the type's answer record
 */
public interface QuestionInput<A extends Answer> {

    /** The whole input UI. */
    Component component();

    /** The learner's response; empty while the learner has not answered enough to submit. */
    Optional<A> answer();

    /**
     * Why what the learner entered cannot be checked, in words the learner reads (e.g. a number field holding
     * text); empty when {@link #answer()} is simply not complete yet.
     */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** Shows a previously submitted answer (after a reload). */
    void restore(A answer);

    /** Locks or unlocks the input, e.g. after the final submission. */
    void setReadOnly(boolean readOnly);

    /** Registers a listener fired whenever {@link #answer()} may have changed. */
    void addChangeListener(Runnable listener);

    /**
     * Marks each part of the shown answer right, wrong or missed (a symbol and a word, not colour alone), by the
     * verdicts the answer pipeline released once the question is settled. Does nothing for a one-part answer.
     */
    default void showParts(List<PartVerdict> verdicts) {}

    /** Removes the marks of {@link #showParts}, e.g. when the learner tries again. */
    default void clearParts() {}
}
