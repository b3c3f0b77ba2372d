package app.lectern.question.truefalse;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import org.junit.jupiter.api.Test;

class TrueFalseGradingTest {

    private final TrueFalseQuestion question = new TrueFalseQuestion(base("q"), false);

    @Test
    void theRightValueEarnsEverythingAndTheOtherNothing() {
        assertThat(TrueFalseGrading.grade(question, new TrueFalseAnswer(false)).fullyRight())
                .isTrue();
        assertThat(TrueFalseGrading.grade(question, new TrueFalseAnswer(true)).fraction())
                .isZero();
    }

    @Test
    void noValueIsRejected() {
        assertThatThrownBy(() -> TrueFalseGrading.grade(question, new TrueFalseAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("neither true nor false");
    }

    @Test
    void keyTextIsTrueOrFalse() {
        assertThat(TrueFalseGrading.keyText(question)).isEqualTo("False");
        assertThat(TrueFalseGrading.keyText(new TrueFalseQuestion(base("t"), true)))
                .isEqualTo("True");
    }
}
