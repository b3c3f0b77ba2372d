package app.lectern.question.shortanswer.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.SHORT;
import static app.lectern.question.ui.InputFixtures.SHORT_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShortInputTest extends InputTestSupport {

    private ShortInput input;
    private TextField field;

    @BeforeEach
    void attachInput() {
        input = attach(new ShortInput(SHORT, MODULE, PROMPT_ID));
        field = $(TextField.class, input.component()).single();
    }

    @Test
    void isAnsweredWithTheTypedTextTrimmed() {
        assertThat(input.answer()).isEmpty();
        assertThat(field.getMaxLength()).isEqualTo(200);

        test(field).setValue("  Baseless ");
        assertThat(input.answer()).contains(new ShortAnswer("Baseless"));

        test(field).setValue("   ");
        assertThat(input.answer()).isEmpty();
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new ShortAnswer("groundless"));

        assertThat(field.getValue()).isEqualTo("groundless");
    }

    @Test
    void sendsNoAcceptedAnswerToTheBrowser() {
        test(field).setValue("Baseless");

        assertNoLeak(input, SHORT_SECRETS);
    }
}
