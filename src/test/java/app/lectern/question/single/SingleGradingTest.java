package app.lectern.question.single;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleGradingTest {

    private final SingleQuestion question = new SingleQuestion(
            base("q"),
            List.of(
                    new Option("a", "China's government", "No, China *rejects* the allegations."),
                    new Option("b", "Reuters", null),
                    new Option("c", "Officials in Kyiv", null)),
            "c");

    @Test
    void theRightOptionEarnsEverything() {
        assertThat(SingleGrading.grade(question, new SingleAnswer("c")).fraction())
                .isEqualTo(1.0);
    }

    @Test
    void aWrongOptionEarnsNothing() {
        assertThat(SingleGrading.grade(question, new SingleAnswer("a")).fraction())
                .isZero();
    }

    @Test
    void noPickOrAnUnknownIdIsRejected() {
        assertThatThrownBy(() -> SingleGrading.grade(question, new SingleAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("no option");
        assertThatThrownBy(() -> SingleGrading.grade(question, new SingleAnswer("e")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("'e' is not an option id (a, b, c)");
    }

    @Test
    void keyTextNamesTheRightOptionWithItsLabel() {
        assertThat(SingleGrading.keyText(question)).isEqualTo("c) Officials in Kyiv");
    }

    @Test
    void feedbackIsThatOfThePickedOption() {
        assertThat(SingleGrading.optionFeedback(question, new SingleAnswer("a")))
                .isEqualTo("No, China *rejects* the allegations.");
        assertThat(SingleGrading.optionFeedback(question, new SingleAnswer("b")))
                .isNull();
    }
}
