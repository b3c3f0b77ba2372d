package app.lectern.question.open;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenGradingTest {

    private final OpenQuestion question = new OpenQuestion(
            base("q"), "No evidence links the troops to Beijing.", List.of(new RubricLevel(1.0, "Says no.")));

    @Test
    void anyTextWaitsForATeacher() {
        assertThat(OpenGrading.grade(question, new OpenAnswer("No, there is no evidence.")))
                .isEqualTo(Grade.pendingReview());
        assertThat(OpenGrading.grade(question, new OpenAnswer("")).pending()).isTrue();
    }

    @Test
    void noTextIsRejected() {
        assertThatThrownBy(() -> OpenGrading.grade(question, new OpenAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void keyTextIsTheModelAnswer() {
        assertThat(OpenGrading.keyText(question)).isEqualTo("No evidence links the troops to Beijing.");
    }
}
