package app.lectern.question.cloze;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeGradingTest {

    private final ClozeQuestion question = new ClozeQuestion(
            base("q"),
            "Beijing called the claims “completely [[baseless]]”; [[Kyiv|Ukraine|the Ukrainian government]] disagreed.",
            false,
            null);

    private double grade(String... blanks) {
        return ClozeGrading.grade(question, new ClozeAnswer(Arrays.asList(blanks)))
                .fraction();
    }

    @Test
    void everyBlankRightEarnsEverything() {
        assertThat(grade("baseless", "Kyiv")).isEqualTo(1.0);
    }

    @Test
    void anyAlternativeCountsAfterNormalisation() {
        assertThat(grade("Baseless.", "ukraine")).isEqualTo(1.0);
        assertThat(grade("BASELESS", "Ukrainian government")).isEqualTo(1.0);
    }

    @Test
    void rightBlanksEarnTheirShare() {
        assertThat(grade("baseless", "Moscow")).isEqualTo(0.5);
    }

    @Test
    void typosAreNotForgiven() {
        assertThat(grade("basless", "Kyyiv")).isZero();
    }

    @Test
    void emptyBlanksAreValidAndWrong() {
        assertThat(grade("", "")).isZero();
        assertThat(grade("", "Kyiv")).isEqualTo(0.5);
    }

    @Test
    void theWrongNumberOfBlanksIsRejected() {
        assertThatThrownBy(() -> grade("baseless"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("the text has 2 blanks but the answer fills 1");
        assertThatThrownBy(() -> grade("baseless", "Kyiv", "extra")).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> grade("baseless", null))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("blank 2 is null");
        assertThatThrownBy(() -> ClozeGrading.grade(question, new ClozeAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void keyTextIsTheFilledText() {
        assertThat(ClozeGrading.keyText(question))
                .isEqualTo("Beijing called the claims “completely baseless”; Kyiv disagreed.");
    }

    @Test
    void aWordBankListsAnswersAndDistractors() {
        ClozeQuestion banked = new ClozeQuestion(base("b"), "[[a]] and [[b]]", true, List.of("c"));
        assertThat(banked.wordBank()).containsExactly("a", "b", "c");
    }
}
