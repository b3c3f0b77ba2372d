package app.lectern.question;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Question;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.ui.InputFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stored answers as a teacher reads them in full (review, student work): the texts the student saw, never ids. */
class AnswerTextTest {

    private static String text(Question question, Answer answer) {
        return QuestionTypes.of(question).answerText(question, answer);
    }

    @Test
    void choicesShowTheOptionTexts() {
        assertThat(text(InputFixtures.SINGLE, new SingleAnswer("zq-opt-kyiv"))).isEqualTo("Kyiv");
        assertThat(text(InputFixtures.MULTIPLE, new MultipleAnswer(Set.of("zq-m-washington", "zq-m-kyiv"))))
                .isEqualTo("Kyiv\nWashington");
        assertThat(text(InputFixtures.TRUE_FALSE, new TrueFalseAnswer(false))).isEqualTo("False");
        assertThat(text(InputFixtures.NUMERIC, new NumericAnswer(15340.0))).isEqualTo("15340");
        assertThat(text(InputFixtures.NUMERIC, new NumericAnswer(2.5))).isEqualTo("2.5");
    }

    @Test
    void itemsAndPairsShowOneLineEach() {
        assertThat(text(InputFixtures.ORDER, new OrderAnswer(List.of("zq-second", "zq-first", "zq-third"))))
                .isEqualTo("1. Full-scale invasion\n2. Annexation of Crimea\n3. Mercenaries captured");
        assertThat(text(InputFixtures.CATEGORIZE, new CategorizeAnswer(Map.of(1, "zq-cat-fact", 0, "zq-cat-claim"))))
                .isEqualTo("Two Chinese nationals were captured → Alleged\n"
                        + "Beijing sends officers to observe → Documented");
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("Zelensky", "President of Ukraine");
        assertThat(text(InputFixtures.MATCH, new MatchAnswer(pairs))).isEqualTo("Zelensky → President of Ukraine");
        assertThat(text(InputFixtures.CLOZE, new ClozeAnswer(List.of("baseless", "Kyiv"))))
                .isEqualTo("1. baseless\n2. Kyiv");
    }

    @Test
    void writtenAnswersAndPicksAreShownAsGiven() {
        assertThat(text(InputFixtures.SHORT, new ShortAnswer("  baseless "))).isEqualTo("  baseless ");
        assertThat(text(InputFixtures.OPEN, new OpenAnswer("My essay.\nSecond line.")))
                .isEqualTo("My essay.\nSecond line.");
        assertThat(text(InputFixtures.HIGHLIGHT, new HighlightAnswer(Set.of("Nobody has confirmed this.", "A b."))))
                .isEqualTo("“A b.”\n“Nobody has confirmed this.”");
    }
}
