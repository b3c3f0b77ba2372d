package app.lectern.answering;

import static app.lectern.question.TestQuestions.base;
import static app.lectern.scoring.TestModules.module;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.scoring.QuestionScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which responses count for a result: each question's latest, of the questions the module still has. */
class LatestScoresTest {

    private final TrueFalseQuestion first = new TrueFalseQuestion(base("first"), true);
    private final TrueFalseQuestion second = new TrueFalseQuestion(base("second"), false);
    private final LearningModule module = module(new Section("one", "One", "Text.", List.of(first, second)));

    private record Row(int tryNo, double points, double maxPoints, double fraction, boolean pending, boolean hintUsed)
            implements StoredResponse {}

    @Test
    void theLatestResponseOfEachQuestionCounts() {
        Map<String, QuestionScore> latest = LatestScores.of(
                module,
                Map.of(
                        "first", List.of(new Row(1, 0, 1, 0, false, false), new Row(2, 0.5, 1, 1, false, true)),
                        "second", List.of(new Row(1, 1, 1, 1, false, false))));

        assertThat(latest.get("first").points()).isEqualTo(0.5);
        assertThat(latest.get("first").attempt()).isEqualTo(2);
        assertThat(latest.get("first").hintUsed()).isTrue();
        assertThat(latest.get("second").fullMarks()).isTrue();
    }

    @Test
    void responsesToQuestionsTheModuleNoLongerHasAreLeftOut() {
        Map<String, QuestionScore> latest =
                LatestScores.of(module, Map.of("removed", List.of(new Row(1, 1, 1, 1, false, false))));

        assertThat(latest).isEmpty();
    }
}
