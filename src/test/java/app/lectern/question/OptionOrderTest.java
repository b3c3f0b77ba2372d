package app.lectern.question;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Question;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionOrderTest {

    private static final List<Option> OPTIONS = List.of(
            new Option("a", "China's government", null),
            new Option("b", "Reuters", null),
            new Option("c", "Officials in Kyiv", null),
            new Option("d", "The Atlantic Council", null),
            new Option("e", "Nobody", null));

    private final SingleQuestion single = new SingleQuestion(TestQuestions.base("q"), OPTIONS, "c");

    @Test
    void theSameSeedGivesTheSameOrderAndOtherSeedsOtherOrders() {
        List<String> first = ids(OptionOrder.shuffled(single, 42));
        assertThat(ids(OptionOrder.shuffled(single, 42))).isEqualTo(first);
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            orders.add(ids(OptionOrder.shuffled(single, seed)));
        }
        assertThat(orders).hasSizeGreaterThan(2);
    }

    @Test
    void onlyTheOrderChangesSoGradingIsTheSame() {
        SingleQuestion shuffled = (SingleQuestion) OptionOrder.shuffled(single, 7);
        assertThat(shuffled.options()).containsExactlyInAnyOrderElementsOf(single.options());
        assertThat(shuffled.answer()).isEqualTo(single.answer());
        assertThat(shuffled.base()).isEqualTo(single.base());
        Grade grade = QuestionTypes.of(shuffled).grade(shuffled, new SingleAnswer(single.answer()));
        assertThat(grade.fullyRight()).isTrue();
    }

    @Test
    void multipleChoiceIsShuffledAndOtherTypesStayAsTheyAre() {
        MultipleQuestion multiple = new MultipleQuestion(TestQuestions.base("m"), OPTIONS, List.of("a", "c"));
        MultipleQuestion shuffled = (MultipleQuestion) OptionOrder.shuffled(multiple, 3);
        assertThat(shuffled.options()).containsExactlyInAnyOrderElementsOf(multiple.options());
        assertThat(shuffled.answers()).isEqualTo(multiple.answers());
        TrueFalseQuestion trueFalse = new TrueFalseQuestion(TestQuestions.base("t"), true);
        assertThat(OptionOrder.shuffled(trueFalse, 3)).isSameAs(trueFalse);
    }

    private static List<String> ids(Question q) {
        return ((SingleQuestion) q).options().stream().map(Option::id).toList();
    }
}
