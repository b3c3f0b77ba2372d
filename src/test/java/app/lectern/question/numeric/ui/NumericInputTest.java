package app.lectern.question.numeric.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.NUMERIC;
import static app.lectern.question.ui.InputFixtures.NUMERIC_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NumericInputTest extends InputTestSupport {

    private NumericInput input;
    private TextField field;

    @BeforeEach
    void attachInput() {
        input = attach(new NumericInput(NUMERIC, MODULE, PROMPT_ID));
        field = $(TextField.class, input.component()).single();
    }

    @Test
    void readsADecimalWithPointOrComma() {
        assertThat(input.answer()).isEmpty();

        test(field).setValue("2,5");
        assertThat(input.answer()).contains(new NumericAnswer(2.5));

        test(field).setValue(" -0.75 ");
        assertThat(input.answer()).contains(new NumericAnswer(-0.75));

        test(field).setValue("1 500");
        assertThat(input.answer()).contains(new NumericAnswer(1500.0));
    }

    @Test
    void aCommaBeforeGroupsOfThreeDigitsGroupsThem() {
        assertThat(NumericInput.parse("1,500")).contains(1500.0);
        assertThat(NumericInput.parse("12,000.5")).contains(12000.5);
        assertThat(NumericInput.parse("1,5")).contains(1.5);
    }

    @Test
    void treatsAnythingElseAsNoAnswerAndSaysSo() {
        test(field).setValue("1.2.3");

        assertThat(input.answer()).isEmpty();
        assertThat(field.isInvalid()).isTrue();

        test(field).setValue("12");
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void showsTheUnitAsSuffix() {
        assertThat(field.getSuffixComponent().getElement().getProperty("innerHTML"))
                .isEqualTo("mercenaries");
    }

    @Test
    void restoresAStoredAnswerWithoutATrailingZero() {
        input.restore(new NumericAnswer(150.0));

        assertThat(field.getValue()).isEqualTo("150");
        assertThat(input.answer()).contains(new NumericAnswer(150.0));
    }

    @Test
    void sendsNeitherTheNumberNorTheToleranceToTheBrowser() {
        test(field).setValue("12");

        assertNoLeak(input, NUMERIC_SECRETS);
    }
}
