package app.lectern.question.shortanswer;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortGradingTest {

    private static boolean right(List<String> accept, int typos, String response) {
        return ShortGrading.grade(new ShortQuestion(base("q"), accept, typos), new ShortAnswer(response))
                .fullyRight();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "completely baseless",
                "COMPLETELY BASELESS",
                "Completely Baseless.",
                "“completely baseless”",
                "  completely   baseless  ",
                "completely, baseless!",
                "ｃｏｍｐｌｅｔｅｌｙ ｂａｓｅｌｅｓｓ",
                "cómpletely baséless",
                "the completely baseless"
            })
    void normalisationForgivesCaseAccentsPunctuationSpacingWidthAndALeadingArticle(String response) {
        assertThat(right(List.of("completely baseless"), 0, response)).isTrue();
    }

    @Test
    void anAccentedKeyMatchesPlainLetters() {
        assertThat(right(List.of("Zelénskyy"), 0, "zelenskyy")).isTrue();
        assertThat(right(List.of("Zelenskyy"), 0, "ZELÉNSKYY")).isTrue();
    }

    @Test
    void aLeadingArticleIsIgnoredOnEitherSide() {
        assertThat(right(List.of("the Kremlin"), 0, "Kremlin")).isTrue();
        assertThat(right(List.of("Kremlin"), 0, "an kremlin")).isTrue();
        assertThat(right(List.of("Kremlin"), 0, "their Kremlin")).isFalse();
    }

    @Test
    void anyAcceptedAnswerCounts() {
        assertThat(right(List.of("completely baseless", "entirely baseless"), 0, "Entirely baseless"))
                .isTrue();
        assertThat(right(List.of("completely baseless", "entirely baseless"), 0, "baseless"))
                .isFalse();
    }

    @Test
    void withoutTyposOneEditIsWrong() {
        assertThat(right(List.of("Zelenskyy"), 0, "zelénsky")).isFalse();
    }

    @Test
    void withTyposOneEditIsForgiven() {
        assertThat(right(List.of("Zelenskyy"), 1, "zelénsky")).isTrue(); // one letter missing
        assertThat(right(List.of("Putin"), 1, "Putn")).isTrue();
        assertThat(right(List.of("Putin"), 1, "Puten")).isTrue(); // one letter changed
        assertThat(right(List.of("Putin"), 1, "Ptuin")).isTrue(); // neighbours swapped
        assertThat(right(List.of("Putin"), 1, "Putins")).isTrue(); // one letter added
    }

    @Test
    void withTyposTwoEditsAreWrong() {
        assertThat(right(List.of("Putin"), 1, "Pten")).isFalse();
        assertThat(right(List.of("Zelenskyy"), 1, "Zelinskiy")).isFalse();
    }

    @Test
    void typosAreForgivenOnlyInAnswersOfFiveOrMoreLetters() {
        assertThat(right(List.of("Kyiv"), 1, "Kyev")).isFalse();
        assertThat(right(List.of("Kyiv"), 1, "Kyiv")).isTrue();
        assertThat(right(List.of("Minsk"), 1, "Minks")).isTrue();
    }

    @Test
    void anEmptyAnswerIsValidAndWrong() {
        assertThat(right(List.of("Putin"), 1, "")).isFalse();
        assertThat(right(List.of("Putin"), 1, "   ")).isFalse();
        assertThat(right(List.of("Putin"), 1, "…")).isFalse();
    }

    @Test
    void noTextIsRejected() {
        assertThatThrownBy(() ->
                        ShortGrading.grade(new ShortQuestion(base("q"), List.of("Putin"), 0), new ShortAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("no text");
    }

    @Test
    void keyTextIsTheFirstAcceptedAnswer() {
        assertThat(ShortGrading.keyText(new ShortQuestion(base("q"), List.of("February 2022", "Feb 2022"), 0)))
                .isEqualTo("February 2022");
    }
}
