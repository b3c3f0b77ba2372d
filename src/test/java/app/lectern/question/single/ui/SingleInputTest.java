package app.lectern.question.single.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.SINGLE;
import static app.lectern.question.ui.InputFixtures.SINGLE_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.Option;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SingleInputTest extends InputTestSupport {

    private SingleInput input;
    private RadioButtonGroup<Option> group;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void attachInput() {
        input = attach(new SingleInput(SINGLE, MODULE, PROMPT_ID));
        group = $(RadioButtonGroup.class, input.component()).single();
    }

    @Test
    void showsTheOptionTextsInFileOrder() {
        assertThat(group.getElement().getChildren().map(e -> e.getTextRecursively()))
                .containsExactly("Moscow", "Kyiv", "Beijing");
    }

    @Test
    void isAnsweredWithThePickedOptionsId() {
        assertThat(input.answer()).isEmpty();

        test(group).selectItem("Kyiv");

        assertThat(input.answer()).contains(new SingleAnswer("zq-opt-kyiv"));
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new SingleAnswer("zq-opt-beijing"));

        assertThat(test(group).getSelected().text()).isEqualTo("Beijing");
        assertThat(input.answer()).contains(new SingleAnswer("zq-opt-beijing"));
    }

    @Test
    void sendsNoOptionIdsOrFeedbackToTheBrowser() {
        test(group).selectItem("Kyiv");

        assertNoLeak(input, SINGLE_SECRETS);
    }

    @Test
    void cannotBeChangedWhenReadOnly() {
        input.setReadOnly(true);

        assertThat(test(group).isUsable()).isFalse();
    }

    @Test
    void aKeyTheServerNeverSentIsNoAnswer() {
        fromBrowser(group, "value", "999");

        assertThat(input.answer()).isEmpty();
    }
}
