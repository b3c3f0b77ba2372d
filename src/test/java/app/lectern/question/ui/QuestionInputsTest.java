package app.lectern.question.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.single.SingleAnswer;
import org.junit.jupiter.api.Test;

class QuestionInputsTest extends InputTestSupport {

    @Test
    void everyRegisteredQuestionTypeHasAnInput() {
        assertThat(QuestionTypes.ALL)
                .map(QuestionType::name)
                .allSatisfy(name -> assertThat(QuestionInputs.supports(name))
                        .as("input for type " + name)
                        .isTrue());
    }

    @Test
    void fixturesCoverEveryType() {
        assertThat(InputFixtures.ONE_OF_EACH)
                .map(q -> QuestionTypes.of(q).name())
                .containsExactlyInAnyOrderElementsOf(
                        QuestionTypes.ALL.stream().map(QuestionType::name).toList());
    }

    @Test
    void everyInputStartsUnansweredLabelledByThePromptAndWithoutExplanationOrHint() {
        for (Question question : InputFixtures.ONE_OF_EACH) {
            QuestionInput<? extends Answer> input =
                    attach(QuestionInputs.create(question, InputFixtures.MODULE, PROMPT_ID, 7L));

            if (question instanceof OrderQuestion) {
                // an order question always has an answer: the list as shown, never the key order
                assertThat(input.answer()).as(question.id()).isPresent();
            } else {
                assertThat(input.answer()).as(question.id()).isEmpty();
            }
            assertLabelledByPrompt(input);
            assertNoLeak(input, InputFixtures.COMMON_SECRETS);
            assertThat(input.component().getElement().getClassList()).contains("lectern-question-input");
        }
    }

    @Test
    void restoresAnUntypedAnswer() {
        QuestionInput<? extends Answer> input =
                attach(QuestionInputs.create(InputFixtures.SINGLE, InputFixtures.MODULE, PROMPT_ID, 7L));

        QuestionInputs.restore(input, new SingleAnswer("zq-opt-beijing"));

        assertThat(input.answer().orElseThrow()).isEqualTo(new SingleAnswer("zq-opt-beijing"));
    }

    @Test
    void refusesToRestoreAnAnswerOfAnotherType() {
        QuestionInput<? extends Answer> input =
                attach(QuestionInputs.create(InputFixtures.SINGLE, InputFixtures.MODULE, PROMPT_ID, 7L));

        assertThatThrownBy(() -> QuestionInputs.restore(input, new ShortAnswer("Kyiv")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(input.answer()).isEmpty();
    }

    @Test
    void changeListenersHearTheLearnersChanges() {
        QuestionInput<? extends Answer> input =
                attach(QuestionInputs.create(InputFixtures.SINGLE, InputFixtures.MODULE, PROMPT_ID, 7L));
        int[] calls = {0};
        input.addChangeListener(() -> calls[0]++);

        QuestionInputs.restore(input, new SingleAnswer("zq-opt-kyiv"));

        assertThat(calls[0]).isPositive();
    }
}
