package app.lectern.question.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void normalFormIsFoldedPlainAndCollapsed() {
        assertThat(TextMatch.normalize("  The  Zelénskyy’s   “Plan”! ")).isEqualTo("zelenskyys plan");
        assertThat(TextMatch.normalize("ＡＢＣ")).isEqualTo("abc");
        assertThat(TextMatch.normalize("Straße")).isEqualTo("strasse");
        assertThat(TextMatch.normalize("U.S.")).isEqualTo("us");
        assertThat(TextMatch.normalize(null)).isEmpty();
    }

    @Test
    void dashesAndSlashesSeparateWords() {
        assertThat(TextMatch.normalize("dual-use")).isEqualTo("dual use");
        assertThat(TextMatch.normalize("Russia/Ukraine")).isEqualTo("russia ukraine");
    }

    @Test
    void anArticleAloneIsKept() {
        assertThat(TextMatch.normalize("The")).isEqualTo("the");
        assertThat(TextMatch.normalize("theory")).isEqualTo("theory");
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertThat(TextMatch.editDistance("putin", "putin")).isZero();
        assertThat(TextMatch.editDistance("putin", "ptuin")).isEqualTo(1);
        assertThat(TextMatch.editDistance("putin", "pten")).isEqualTo(2);
        assertThat(TextMatch.editDistance("", "abc")).isEqualTo(3);
    }

    @Test
    void answersThatDifferOnlyInSpacesOrDashesMatch() {
        assertThat(TextMatch.matches("anti-aircraft", java.util.List.of("antiaircraft"), 0))
                .isTrue();
        assertThat(TextMatch.matches("dual use", java.util.List.of("dual-use"), 0))
                .isTrue();
        assertThat(TextMatch.matches("dual used", java.util.List.of("dual-use"), 0))
                .isFalse();
    }

    @Test
    void veryDifferentLengthsAreFarApartWithoutBuildingATable() {
        assertThat(TextMatch.editDistance("x".repeat(100_000), "sanctions")).isGreaterThan(1);
    }
}
