package app.lectern.question.multiple;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultipleGradingTest {

    private final MultipleQuestion question = new MultipleQuestion(
            base("q"),
            List.of(
                    new Option("a", "Kyiv says so", null),
                    new Option("b", "Commentators infer it", "Yes: an inference."),
                    new Option("c", "The article states it", "No: the article states this itself."),
                    new Option("d", "Reuters reports it", null)),
            List.of("a", "b"));

    private double grade(String... picks) {
        return MultipleGrading.grade(question, new MultipleAnswer(Set.of(picks)))
                .fraction();
    }

    @Test
    void everyRightOptionAndNoWrongOneEarnsEverything() {
        assertThat(grade("a", "b")).isEqualTo(1.0);
    }

    @Test
    void someRightOptionsEarnTheirShare() {
        assertThat(grade("a")).isEqualTo(0.5);
        assertThat(grade("a", "b", "c")).isEqualTo(0.5);
    }

    @Test
    void pickingEveryOptionEarnsNothing() {
        assertThat(grade("a", "b", "c", "d")).isZero();
    }

    @Test
    void wrongPicksNeverGoBelowZero() {
        assertThat(grade("c", "d")).isZero();
        assertThat(grade("a", "c", "d")).isZero();
    }

    @Test
    void noPickIsAValidAnswerThatEarnsNothing() {
        assertThat(grade()).isZero();
    }

    @Test
    void aThirdIsExactEnough() {
        MultipleQuestion three = new MultipleQuestion(question.base(), question.options(), List.of("a", "b", "d"));
        assertThat(MultipleGrading.grade(three, new MultipleAnswer(Set.of("a"))).fraction())
                .isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void unknownOrNullPicksAreRejected() {
        assertThatThrownBy(() -> grade("a", "x"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'x' is not an option id");
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> MultipleGrading.grade(question, new MultipleAnswer(withNull)))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> MultipleGrading.grade(question, new MultipleAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("no option");
    }

    @Test
    void keyTextListsTheRightOptionsWithLabels() {
        assertThat(MultipleGrading.keyText(question)).isEqualTo("a) Kyiv says so; b) Commentators infer it");
    }

    @Test
    void feedbackCoversOnlyPickedOptions() {
        assertThat(MultipleGrading.optionFeedback(question, new MultipleAnswer(Set.of("a"))))
                .isNull();
        assertThat(MultipleGrading.optionFeedback(question, new MultipleAnswer(Set.of("a", "c"))))
                .isEqualTo("No: the article states this itself.");
        assertThat(MultipleGrading.optionFeedback(question, new MultipleAnswer(Set.of("b", "c"))))
                .isEqualTo("b) Yes: an inference.\nc) No: the article states this itself.");
    }
}
