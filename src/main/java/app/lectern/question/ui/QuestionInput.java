package app.lectern.question.ui;

import app.lectern.question.Answer;
import com.vaadin.flow.component.Component;
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

    /** Shows a previously submitted answer (after a reload). */
    void restore(A answer);

    /** Locks or unlocks the input, e.g. after the final submission. */
    void setReadOnly(boolean readOnly);

    /** Registers a listener fired whenever {@link #answer()} may have changed. */
    void addChangeListener(Runnable listener);
}
