package app.lectern.question.truefalse.ui;

import app.lectern.content.LearningModule;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;

/** Two radio buttons, True and False. */
public final class TrueFalseInput extends AbstractQuestionInput<TrueFalseAnswer> {

    private final RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the group. */
    public TrueFalseInput(TrueFalseQuestion question, LearningModule module, String promptId) {
        super("lectern-true-false-input");
        group.addClassName("lectern-choice-group");
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        plainLabels(group, b -> t(b ? "question.truefalse.true" : "question.truefalse.false"));
        if (hasId(promptId)) {
            group.setAriaLabelledBy(promptId);
        }
        group.addValueChangeListener(e -> fireChange());
        root().add(group);
    }

    @Override
    public Optional<TrueFalseAnswer> answer() {
        return Optional.ofNullable(group.getValue()).map(TrueFalseAnswer::new);
    }

    @Override
    public void restore(TrueFalseAnswer answer) {
        group.setValue(answer == null ? null : answer.value());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }
}
