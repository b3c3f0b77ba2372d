package app.lectern.question.single.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;

/**
 * Radio buttons with the options in file order. The options travel to the browser only as their text; the
 * option ids stay on the server (the group sends its own generated keys).
 */
public final class SingleInput extends AbstractQuestionInput<SingleAnswer> {

    private final SingleQuestion question;
    private final RadioButtonGroup<Option> group = new RadioButtonGroup<>();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the group. */
    public SingleInput(SingleQuestion question, LearningModule module, String promptId) {
        super("lectern-single-input");
        this.question = question;
        group.getElement().getThemeList().add("vertical"); // one option per line reads best
        group.addClassName("lectern-choice-group");
        group.setItems(question.options());
        plainLabels(group, o -> Markdown.plainText(o.text()));
        if (hasId(promptId)) {
            group.setAriaLabelledBy(promptId);
        }
        group.addValueChangeListener(e -> fireChange());
        root().add(group);
    }

    @Override
    public Optional<SingleAnswer> answer() {
        return Optional.ofNullable(group.getValue()).map(o -> new SingleAnswer(o.id()));
    }

    @Override
    public void restore(SingleAnswer answer) {
        group.setValue(
                answer == null
                        ? null
                        : question.options().stream()
                                .filter(o -> o.id().equals(answer.optionId()))
                                .findFirst()
                                .orElse(null));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }
}
