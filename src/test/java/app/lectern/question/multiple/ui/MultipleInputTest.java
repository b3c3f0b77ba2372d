package app.lectern.question.multiple.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.MULTIPLE;
import static app.lectern.question.ui.InputFixtures.MULTIPLE_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.Option;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class MultipleInputTest extends InputTestSupport {

    private MultipleInput input;
    private CheckboxGroup<Option> group;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void attachInput() {
        input = attach(new MultipleInput(MULTIPLE, MODULE, PROMPT_ID));
        group = $(CheckboxGroup.class, input.component()).single();
    }

    @Test
    void isAnsweredOnceAnOptionIsTicked() {
        assertThat(input.answer()).isEmpty();

        test(group).selectItems("Kyiv", "Moscow");
        assertThat(input.answer().orElseThrow().optionIds()).containsExactlyInAnyOrder("zq-m-kyiv", "zq-m-moscow");

        test(group).deselectAll();
        assertThat(input.answer()).isEmpty();
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new MultipleAnswer(Set.of("zq-m-washington")));

        assertThat(test(group).getSelected()).extracting(Option::text).containsExactly("Washington");
    }

    @Test
    void sendsNoOptionIdsOrFeedbackToTheBrowser() {
        test(group).selectItems("Kyiv");

        assertNoLeak(input, MULTIPLE_SECRETS);
    }

    @Test
    void keysTheServerNeverSentAreNoAnswer() {
        ArrayNode forged = JacksonUtils.createArrayNode();
        forged.add("998");
        forged.add("999");

        fromBrowser(group, "value", forged);

        assertThat(input.answer())
                .as("no answer, so Check asks for one and nothing is stored")
                .isEmpty();
    }
}
