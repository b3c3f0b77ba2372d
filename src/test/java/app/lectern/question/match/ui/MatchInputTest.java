package app.lectern.question.match.ui;

import static app.lectern.question.ui.InputFixtures.MATCH;
import static app.lectern.question.ui.InputFixtures.MODULE;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.match.MatchAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchInputTest extends InputTestSupport {

    private static final long SEED = 20_240_601L;

    private MatchInput input;

    @BeforeEach
    void attachInput() {
        input = attach(new MatchInput(MATCH, MODULE, PROMPT_ID, SEED));
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String left) {
        return $(Select.class, input.component()).withAriaLabel(left).single();
    }

    @Test
    void offersEveryRightAndTheDistractorsInTheSameOrderForEveryLeft() {
        List<String> choices = test(select("Zelensky")).getSuggestions();

        assertThat(choices)
                .containsExactlyInAnyOrder(
                        "President of Ukraine",
                        "Chinese foreign ministry spokesman",
                        "Author of the article",
                        "Russian defence minister");
        assertThat(test(select("Lin Jian")).getSuggestions()).isEqualTo(choices);
        assertThat(test(select("Spencer")).getSuggestions()).isEqualTo(choices);
    }

    @Test
    void isAnsweredWhenEveryLeftHasAChoice() {
        test(select("Zelensky")).selectItem("President of Ukraine");
        test(select("Lin Jian")).selectItem("Russian defence minister");
        assertThat(input.answer()).isEmpty();

        test(select("Spencer")).selectItem("Author of the article");

        assertThat(input.answer())
                .contains(new MatchAnswer(Map.of(
                        "Zelensky", "President of Ukraine",
                        "Lin Jian", "Russian defence minister",
                        "Spencer", "Author of the article")));
    }

    @Test
    void restoresAStoredAnswer() {
        Map<String, String> stored = Map.of(
                "Zelensky", "Author of the article",
                "Lin Jian", "Chinese foreign ministry spokesman",
                "Spencer", "President of Ukraine");

        input.restore(new MatchAnswer(stored));

        assertThat(select("Spencer").getValue()).isEqualTo("President of Ukraine");
        assertThat(input.answer()).contains(new MatchAnswer(stored));
    }
}
