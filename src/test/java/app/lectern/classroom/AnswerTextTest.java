package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.ui.InputFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stored answers as a teacher reads them: the texts the student saw, never ids. */
class AnswerTextTest {

    @Test
    void choicesShowTheOptionTexts() {
        assertThat(AnswerText.of(InputFixtures.SINGLE, new SingleAnswer("zq-opt-kyiv")))
                .isEqualTo("Kyiv");
        assertThat(AnswerText.of(InputFixtures.MULTIPLE, new MultipleAnswer(Set.of("zq-m-washington", "zq-m-kyiv"))))
                .isEqualTo("Kyiv\nWashington");
        assertThat(AnswerText.of(InputFixtures.TRUE_FALSE, new TrueFalseAnswer(false)))
                .isEqualTo("False");
        assertThat(AnswerText.of(InputFixtures.NUMERIC, new NumericAnswer(15340.0)))
                .isEqualTo("15340");
        assertThat(AnswerText.of(InputFixtures.NUMERIC, new NumericAnswer(2.5))).isEqualTo("2.5");
    }

    @Test
    void itemsAndPairsShowOneLineEach() {
        assertThat(AnswerText.of(InputFixtures.ORDER, new OrderAnswer(List.of("zq-second", "zq-first", "zq-third"))))
                .isEqualTo("1. Full-scale invasion\n2. Annexation of Crimea\n3. Mercenaries captured");
        assertThat(AnswerText.of(
                        InputFixtures.CATEGORIZE, new CategorizeAnswer(Map.of(1, "zq-cat-fact", 0, "zq-cat-claim"))))
                .isEqualTo("Two Chinese nationals were captured \u2192 Alleged\n"
                        + "Beijing sends officers to observe \u2192 Documented");
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("Zelensky", "President of Ukraine");
        assertThat(AnswerText.of(InputFixtures.MATCH, new MatchAnswer(pairs)))
                .isEqualTo("Zelensky \u2192 President of Ukraine");
        assertThat(AnswerText.of(InputFixtures.CLOZE, new ClozeAnswer(List.of("baseless", "Kyiv"))))
                .isEqualTo("1. baseless\n2. Kyiv");
    }
}
