package app.lectern.question.cloze;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeTextTest {

    @Test
    void splitsTextIntoSegmentsAndBlanks() {
        ClozeText cloze = ClozeText.parse("China called it [[baseless]] and urged [[ Kyiv | Ukraine ]] to stop.");
        assertThat(cloze.segments()).containsExactly("China called it ", " and urged ", " to stop.");
        assertThat(cloze.blanks()).hasSize(2);
        assertThat(cloze.blanks().get(0).answers()).containsExactly("baseless");
        assertThat(cloze.blanks().get(1).answers()).containsExactly("Kyiv", "Ukraine");
        assertThat(cloze.blanks().get(1).index()).isEqualTo(1);
        assertThat(cloze.blanks().get(1).answer()).isEqualTo("Kyiv");
    }

    @Test
    void blanksAtTheEdgesLeaveEmptySegments() {
        ClozeText cloze = ClozeText.parse("[[Beijing]] denied it[[.]]");
        assertThat(cloze.segments()).containsExactly("", " denied it", "");
        assertThat(cloze.withAnswers()).isEqualTo("Beijing denied it.");
    }

    @Test
    void aTextWithoutBlanksIsOneSegment() {
        ClozeText cloze = ClozeText.parse("No blanks ]] here.");
        assertThat(cloze.segments()).containsExactly("No blanks ]] here.");
        assertThat(cloze.blanks()).isEmpty();
    }

    @Test
    void malformedBlanksAreRejectedWithAMessage() {
        assertThatThrownBy(() -> ClozeText.parse("One [[two]] and [[three"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blank 2 ('[[' at character 17) is not closed with ']]'");
        assertThatThrownBy(() -> ClozeText.parse("Empty [[ ]] blank"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blank 1 has an empty answer: [[ ]]");
        assertThatThrownBy(() -> ClozeText.parse("Empty [[a||b]] alternative"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank 1 has an empty answer");
        assertThatThrownBy(() -> ClozeText.parse("[[a [[b]]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains '[['");
    }

    @Test
    void theQuestionOffersItsBlanksAndASortedWordBank() {
        ClozeQuestion question = new ClozeQuestion(
                base("q"), "[[Kyiv|Kiev]] accused [[Moscow]] of recruiting.", true, List.of("Beijing", "ankara"));
        assertThat(question.blanks()).extracting(ClozeText.Blank::answer).containsExactly("Kyiv", "Moscow");
        assertThat(question.wordBank()).containsExactly("ankara", "Beijing", "Kyiv", "Moscow");
    }
}
