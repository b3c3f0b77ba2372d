package app.lectern.question.numeric.ui;

import app.lectern.content.LearningModule;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text field for a number, with the unit as suffix. A text field rather than a number field, so that both
 * {@code 2.5} and {@code 2,5} are understood whatever the browser's locale; anything else is no answer.
 */
public final class NumericInput extends AbstractQuestionInput<NumericAnswer> {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private final TextField field = new TextField();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the field. */
    public NumericInput(NumericQuestion question, LearningModule module, String promptId) {
        super("lectern-numeric-input");
        field.addClassName("lectern-numeric-field");
        field.setMaxLength(40);
        field.setAllowedCharPattern("[0-9.,+\\- \u00a0\u202f-]");
        field.getElement().setAttribute("inputmode", "decimal");
        field.setValueChangeMode(ValueChangeMode.EAGER);
        if (question.unit() != null && !question.unit().isBlank()) {
            Span unit = StaticText.set(new Span(), question.unit().strip());
            unit.addClassName("lectern-numeric-unit");
            field.setSuffixComponent(unit);
        }
        if (hasId(promptId)) {
            field.setAriaLabelledBy(promptId);
        }
        field.addValueChangeListener(e -> {
            boolean invalid =
                    !field.getValue().isBlank() && parse(field.getValue()).isEmpty();
            field.setErrorMessage(invalid ? t("question.numeric.invalid") : null);
            field.setInvalid(invalid);
            fireChange();
        });
        root().add(field);
    }

    /**
     * Reads a decimal number written with {@code .} or {@code ,} as decimal separator; spaces (thin or not) are
     * ignored as digit grouping. Anything else, including both separators at once, is no number.
     */
    public static Optional<Double> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replaceAll("[\\s\u00a0\u202f]", "");
        if (s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", ""); // "1,500" and "12,000.5": a comma before groups of three digits groups them
        }
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(',', '.')).doubleValue())
                .filter(d -> !d.isInfinite() && !d.isNaN());
    }

    @Override
    public Optional<NumericAnswer> answer() {
        return parse(field.getValue()).map(NumericAnswer::new);
    }

    /** Text that is not a number: "Type a number, e.g. 3". */
    @Override
    public Optional<String> problem() {
        boolean notANumber =
                !field.getValue().isBlank() && parse(field.getValue()).isEmpty();
        return notANumber ? Optional.of(t("question.numeric.invalid")) : Optional.empty();
    }

    @Override
    public void restore(NumericAnswer answer) {
        field.setValue(
                answer == null || answer.value() == null
                        ? ""
                        : BigDecimal.valueOf(answer.value())
                                .stripTrailingZeros()
                                .toPlainString());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
