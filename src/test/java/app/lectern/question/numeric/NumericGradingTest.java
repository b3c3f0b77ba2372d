package app.lectern.question.numeric;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import org.junit.jupiter.api.Test;

class NumericGradingTest {

    private static boolean right(double key, Double tolerance, double given) {
        return NumericGrading.grade(new NumericQuestion(base("q"), key, tolerance, null), new NumericAnswer(given))
                .fullyRight();
    }

    @Test
    void withoutToleranceOnlyTheNumberIsRight() {
        assertThat(right(150, null, 150)).isTrue();
        assertThat(right(150, null, 151)).isFalse();
        assertThat(right(150, null, 149.99)).isFalse();
    }

    @Test
    void decimalSumsEqualOnPaperAreRight() {
        assertThat(right(0.3, 0.0, 0.1 + 0.2)).isTrue();
        assertThat(right(1e9, 0.0, 1e9 + 1e-7)).isTrue();
    }

    @Test
    void theToleranceIsInclusive() {
        assertThat(right(2.5, 0.5, 3.0)).isTrue();
        assertThat(right(2.5, 0.5, 2.0)).isTrue();
        assertThat(right(2.5, 0.5, 3.01)).isFalse();
        assertThat(right(2.5, 0.5, 1.99)).isFalse();
        assertThat(right(0.3, 0.1, 0.1 + 0.1)).isTrue();
    }

    @Test
    void missingOrNonFiniteNumbersAreRejected() {
        NumericQuestion q = new NumericQuestion(base("q"), 2.0, 0.0, null);
        assertThatThrownBy(() -> NumericGrading.grade(q, new NumericAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("no number");
        assertThatThrownBy(() -> NumericGrading.grade(q, new NumericAnswer(Double.NaN)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> NumericGrading.grade(q, new NumericAnswer(Double.POSITIVE_INFINITY)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("Infinity");
    }

    @Test
    void keyTextShowsNumberToleranceAndUnit() {
        assertThat(NumericGrading.keyText(new NumericQuestion(base("q"), 150.0, null, "mercenaries")))
                .isEqualTo("150 mercenaries");
        assertThat(NumericGrading.keyText(new NumericQuestion(base("q"), 2.5, 0.5, "%")))
                .isEqualTo("2.5 ± 0.5 %");
        assertThat(NumericGrading.keyText(new NumericQuestion(base("q"), 2022.0, 0.0, null)))
                .isEqualTo("2022");
    }
}
