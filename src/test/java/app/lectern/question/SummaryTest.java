package app.lectern.question;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.load.ModuleLoader;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Students' answers in one line, as the item analysis shows the most given wrong one (shipped module's types). */
class SummaryTest {

    private static final LearningModule SHIPPED = new ModuleLoader()
            .load(Path.of("content", "china-russia-ukraine", ModuleLoader.MODULE_FILE))
            .module()
            .orElseThrow();

    private static String text(String questionId, Answer answer) {
        return summary(SHIPPED.question(questionId).orElseThrow(), answer);
    }

    private static String summary(Question question, Answer answer) {
        return QuestionTypes.of(question).summary(question, answer);
    }

    @Test
    void choicesShowTheirLabelAndText() {
        assertThat(text("who-says-150", new SingleAnswer("b"))).isEqualTo("b) US officials, as reported by Reuters");
        assertThat(text("neutrality-includes", new MultipleAnswer(Set.of("d", "a"))))
                .isEqualTo("a) Sending military officers to observe the war; d) Publicly backing calls for peace");
        assertThat(text("neutrality-includes", new MultipleAnswer(Set.of()))).isEqualTo("—");
        assertThat(text("foreign-fighters-new", new TrueFalseAnswer(true))).isEqualTo("True");
    }

    @Test
    void numbersKeepTheirUnitAndLoseTrailingZeros() {
        assertThat(text("captured-count", new NumericAnswer(3.0))).isEqualTo("3 people");
        assertThat(text("captured-count", new NumericAnswer(2.5))).isEqualTo("2.5 people");
    }

    @Test
    void structuredAnswersReadLikeTheKey() {
        assertThat(text("events-order", new OrderAnswer(List.of("invasion", "partnership", "captured", "gunpowder"))))
                .startsWith("Russia launches its full-scale invasion of Ukraine → China and Russia declare");
        assertThat(text(
                        "when-match",
                        new MatchAnswer(Map.of("Zelensky reports captured Chinese nationals", "Late May"))))
                .contains("Zelensky reports captured Chinese nationals → Late May")
                .contains("China becomes Russia's leading economic partner → —");
        assertThat(text("observation-or-conclusion", new CategorizeAnswer(Map.of(0, "conclusion", 1, "observation"))))
                .isEqualTo("What they point to: Chinese social media is under tight censorship.; What they suggest:"
                        + " Recruitment ads for Russia's army spread widely on Chinese social media.");
        assertThat(text("lessons-cloze", new ClozeAnswer(List.of("drone", " "))))
                .isEqualTo("drone | —");
    }

    @Test
    void writtenAnswersAreCollapsedAndPicksQuoted() {
        assertThat(summary(InputFixtures.SHORT, new ShortAnswer("  not\n sure ")))
                .isEqualTo("not sure");
        assertThat(summary(InputFixtures.SHORT, new ShortAnswer(" "))).isEqualTo("—");
        assertThat(summary(
                        InputFixtures.HIGHLIGHT,
                        new HighlightAnswer(Set.of("Nobody has confirmed this.", "Washington  is worried."))))
                .isEqualTo("“Nobody has confirmed this.” “Washington is worried.”");
        assertThat(summary(InputFixtures.HIGHLIGHT, new HighlightAnswer(Set.of())))
                .isEqualTo("—");
    }

    @Test
    void openAnswersAreNotCompared() {
        assertThat(text("peacemaker-essay", new OpenAnswer("My essay"))).isNull();
    }
}
