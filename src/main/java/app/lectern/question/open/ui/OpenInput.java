package app.lectern.question.open.ui;

import app.lectern.content.LearningModule;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/** A text area of at most 4000 characters with a character counter. The model answer is never shown here. */
public final class OpenInput extends AbstractQuestionInput<OpenAnswer> {

    /** The longest response accepted. */
    public static final int MAX_LENGTH = 4000;

    private final TextArea area = new TextArea();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the field. */
    public OpenInput(OpenQuestion question, LearningModule module, String promptId) {
        super("lectern-open-input");
        area.addClassName("lectern-open-field");
        area.setMaxLength(MAX_LENGTH);
        area.setWidthFull();
        area.setMinRows(4);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        if (hasId(promptId)) {
            area.setAriaLabelledBy(promptId);
        }
        area.addValueChangeListener(e -> {
            updateCounter();
            fireChange();
        });
        updateCounter();
        root().add(area);
    }

    private void updateCounter() {
        area.setHelperText(t("question.open.counter", area.getValue().length(), MAX_LENGTH));
    }

    @Override
    public Optional<OpenAnswer> answer() {
        String text = area.getValue();
        return text.isBlank() ? Optional.empty() : Optional.of(new OpenAnswer(text.strip()));
    }

    @Override
    public void restore(OpenAnswer answer) {
        area.setValue(answer == null || answer.text() == null ? "" : answer.text());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        area.setReadOnly(readOnly);
    }
}
