package app.lectern.question.open.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.OPEN;
import static app.lectern.question.ui.InputFixtures.OPEN_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.open.OpenAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenInputTest extends InputTestSupport {

    private OpenInput input;
    private TextArea area;

    @BeforeEach
    void attachInput() {
        input = attach(new OpenInput(OPEN, MODULE, PROMPT_ID));
        area = $(TextArea.class, input.component()).single();
    }

    @Test
    void isAnsweredWithTheWrittenTextAndCountsCharacters() {
        assertThat(input.answer()).isEmpty();
        assertThat(area.getMaxLength()).isEqualTo(4000);
        assertThat(area.getHelperText()).isEqualTo("0 / 4,000 characters");

        test(area).setValue("China denies it.");

        assertThat(input.answer()).contains(new OpenAnswer("China denies it."));
        assertThat(area.getHelperText()).isEqualTo("16 / 4,000 characters");
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new OpenAnswer("Earlier text"));

        assertThat(area.getValue()).isEqualTo("Earlier text");
    }

    @Test
    void sendsNoModelAnswerOrRubricToTheBrowser() {
        test(area).setValue("China denies it.");

        assertNoLeak(input, OPEN_SECRETS);
    }
}
