package app.lectern.question.categorize.ui;

import static app.lectern.question.ui.InputFixtures.CATEGORIZE;
import static app.lectern.question.ui.InputFixtures.CATEGORIZE_SECRETS;
import static app.lectern.question.ui.InputFixtures.MODULE;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.categorize.Category;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CategorizeInputTest extends InputTestSupport {

    private CategorizeInput input;

    @BeforeEach
    void attachInput() {
        input = attach(new CategorizeInput(CATEGORIZE, MODULE, PROMPT_ID));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Category> item(String text) {
        return $(RadioButtonGroup.class, input.component()).withLabel(text).single();
    }

    @Test
    void isAnsweredWhenEveryItemIsPlaced() {
        test(item("Two Chinese nationals were captured")).selectItem("Documented");
        test(item("Beijing sends officers to observe")).selectItem("Documented");
        assertThat(input.answer()).isEmpty();

        test(item("China supplies dual-use goods")).selectItem("Alleged");

        assertThat(input.answer())
                .contains(new CategorizeAnswer(Map.of(0, "zq-cat-fact", 1, "zq-cat-fact", 2, "zq-cat-claim")));
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new CategorizeAnswer(Map.of(0, "zq-cat-claim", 1, "zq-cat-fact", 2, "zq-cat-fact")));

        assertThat(test(item("Two Chinese nationals were captured"))
                        .getSelected()
                        .label())
                .isEqualTo("Alleged");
        assertThat(input.answer()).isPresent();
    }

    @Test
    void sendsNoCategoryIdsToTheBrowser() {
        test(item("Two Chinese nationals were captured")).selectItem("Documented");

        assertNoLeak(input, CATEGORIZE_SECRETS);
    }
}
