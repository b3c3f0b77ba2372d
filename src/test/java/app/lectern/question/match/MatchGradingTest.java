package app.lectern.question.match;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchGradingTest {

    private final MatchQuestion question = new MatchQuestion(
            base("q"),
            List.of(
                    new MatchPair("Zelensky", "Fighters were captured"),
                    new MatchPair("China", "Completely baseless"),
                    new MatchPair("US officials", "No direct ties"),
                    new MatchPair("Kyiv", "150 mercenaries")),
            List.of("Beijing sent them"));

    private double grade(Map<String, String> rightByLeft) {
        return MatchGrading.grade(question, new MatchAnswer(rightByLeft)).fraction();
    }

    @Test
    void everyPairRightEarnsEverything() {
        assertThat(grade(Map.of(
                        "Zelensky", "Fighters were captured",
                        "China", "Completely baseless",
                        "US officials", "No direct ties",
                        "Kyiv", "150 mercenaries")))
                .isEqualTo(1.0);
    }

    @Test
    void rightPairsEarnTheirShare() {
        assertThat(grade(Map.of(
                        "Zelensky", "Fighters were captured",
                        "China", "No direct ties",
                        "US officials", "Completely baseless",
                        "Kyiv", "Beijing sent them")))
                .isEqualTo(0.25);
    }

    @Test
    void unmatchedLeftTextsCountAsWrong() {
        assertThat(grade(Map.of("China", "Completely baseless", "Kyiv", "150 mercenaries")))
                .isEqualTo(0.5);
        assertThat(grade(Map.of())).isZero();
    }

    @Test
    void allWrongEarnsNothing() {
        assertThat(grade(Map.of(
                        "Zelensky", "Beijing sent them",
                        "China", "Beijing sent them",
                        "US officials", "Beijing sent them",
                        "Kyiv", "Beijing sent them")))
                .isZero();
    }

    @Test
    void textsThatAreNotInTheQuestionAreRejected() {
        assertThatThrownBy(() -> grade(Map.of("Moscow", "No direct ties")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("'Moscow' is not a left-hand text of this question");
        assertThatThrownBy(() -> grade(Map.of("China", "Something else")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("'Something else' is not a right-hand choice of this question");
        Map<String, String> nullRight = new HashMap<>();
        nullRight.put("China", null);
        assertThatThrownBy(() -> grade(nullRight))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("no right-hand text given for 'China'");
        assertThatThrownBy(() -> grade(null)).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void keyTextListsThePairs() {
        assertThat(MatchGrading.keyText(question))
                .isEqualTo("Zelensky → Fighters were captured; China → Completely baseless; "
                        + "US officials → No direct ties; Kyiv → 150 mercenaries");
    }
}
