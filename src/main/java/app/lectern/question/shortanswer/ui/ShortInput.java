package app.lectern.question.shortanswer.ui;

import app.lectern.content.LearningModule;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/** A one-line text field of at most 200 characters. */
public final class ShortInput extends AbstractQuestionInput<ShortAnswer> {

    /** The longest response accepted. */
    public static final int MAX_LENGTH = 200;

    private final TextField field = new TextField();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the field. */
    public ShortInput(ShortQuestion question, LearningModule module, String promptId) {
        super("lectern-short-input");
        field.addClassName("lectern-short-field");
        field.setMaxLength(MAX_LENGTH);
        // every keystroke reaches the server, so the submit button follows the field without delay
        field.setValueChangeMode(ValueChangeMode.EAGER);
        if (hasId(promptId)) {
            field.setAriaLabelledBy(promptId);
        }
        field.addValueChangeListener(e -> fireChange());
        root().add(field);
    }

    @Override
    public Optional<ShortAnswer> answer() {
        String text = field.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new ShortAnswer(text));
    }

    @Override
    public void restore(ShortAnswer answer) {
        field.setValue(answer == null || answer.text() == null ? "" : answer.text());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
