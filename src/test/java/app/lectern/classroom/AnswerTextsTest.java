package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.Answer;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.truefalse.TrueFalseAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Students' answers as the item analysis shows them, for the shipped module's question types. */
class AnswerTextsTest {

    private static LearningModule module;

    @BeforeAll
    static void load() throws Exception {
        String yaml = Files.readString(Path.of("content", "china-russia-ukraine", "module.yaml"));
        module = new ModuleLoader()
                .load(yaml, "china-russia-ukraine", "test")
                .module()
                .orElseThrow();
    }

    private static String text(String questionId, Answer answer) {
        return AnswerTexts.of(module.question(questionId).orElseThrow(), answer);
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
                        new MatchAnswer(Map.of("Zelensky reports two captured Chinese nationals", "Late May"))))
                .contains("Zelensky reports two captured Chinese nationals → Late May")
                .contains("The partnership “without limits” is declared → —");
        assertThat(text("observation-or-conclusion", new CategorizeAnswer(Map.of(0, "conclusion", 1, "observation"))))
                .isEqualTo("What they point to: Chinese social media is under tight censorship.; What they suggest:"
                        + " Recruitment ads for Russia's army spread widely on Chinese social media.");
        assertThat(text("lessons-cloze", new ClozeAnswer(List.of("drone", " "))))
                .isEqualTo("drone | —");
    }

    @Test
    void openAnswersAreNotCompared() {
        assertThat(text("peacemaker-essay", new OpenAnswer("My essay"))).isNull();
    }
}
