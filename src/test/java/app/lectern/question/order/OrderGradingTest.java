package app.lectern.question.order;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.lectern.question.InvalidAnswerException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderGradingTest {

    private final OrderQuestion question = new OrderQuestion(
            base("q"),
            List.of(
                    new OrderItem("a", "Invasion"),
                    new OrderItem("b", "Capture"),
                    new OrderItem("c", "Denial"),
                    new OrderItem("d", "Summit")));

    private double grade(String... ids) {
        return OrderGrading.grade(question, new OrderAnswer(Arrays.asList(ids))).fraction();
    }

    @Test
    void theKeyOrderEarnsEverything() {
        assertThat(grade("a", "b", "c", "d")).isEqualTo(1.0);
    }

    @Test
    void aReversedListEarnsNothing() {
        assertThat(grade("d", "c", "b", "a")).isZero();
    }

    @Test
    void oneSwapKeepsTheUntouchedPairs() {
        assertThat(grade("b", "a", "c", "d")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(grade("a", "b", "d", "c")).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aRightBlockInTheWrongPlaceKeepsItsPairs() {
        assertThat(grade("c", "d", "a", "b")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void everyItemMustBeListedExactlyOnce() {
        assertThatThrownBy(() -> grade("a", "b", "c"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("items missing from the order: d");
        assertThatThrownBy(() -> grade("a", "b", "b", "d"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("item 'b' is listed twice");
        assertThatThrownBy(() -> grade("a", "b", "c", "d", "e"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'e' is not an item id");
        assertThatThrownBy(() -> grade("a", "b", null, "d")).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> grade()).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> OrderGrading.grade(question, new OrderAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void keyTextIsTheRightOrder() {
        assertThat(OrderGrading.keyText(question)).isEqualTo("Invasion → Capture → Denial → Summit");
    }
}
