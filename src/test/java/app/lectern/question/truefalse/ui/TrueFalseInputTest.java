package app.lectern.question.truefalse.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.TRUE_FALSE;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrueFalseInputTest extends InputTestSupport {

    private TrueFalseInput input;
    private RadioButtonGroup<Boolean> group;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void attachInput() {
        input = attach(new TrueFalseInput(TRUE_FALSE, MODULE, PROMPT_ID));
        group = $(RadioButtonGroup.class, input.component()).single();
    }

    @Test
    void offersTrueAndFalseAndIsAnsweredWithThePick() {
        assertThat(group.getElement().getChildren().map(e -> e.getTextRecursively()))
                .containsExactly("True", "False");
        assertThat(input.answer()).isEmpty();

        test(group).selectItem("False");

        assertThat(input.answer()).contains(new TrueFalseAnswer(false));
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new TrueFalseAnswer(true));

        assertThat(test(group).getSelected()).isTrue();
    }
}
