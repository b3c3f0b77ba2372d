package app.lectern.answering;

import static app.lectern.question.TestQuestions.base;
import static app.lectern.scoring.TestModules.module;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ui.ClozeInput;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.open.ui.OpenInput;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.shortanswer.ui.ShortInput;
import app.lectern.scoring.RetryPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The server's check of an answer before grading: what a forged request could send that the inputs never would. */
class AnswerCheckTest {

    private final OpenQuestion essay =
            new OpenQuestion(base("essay"), "A model essay.", List.of(new RubricLevel(1.0, "Good.")));
    private final ShortQuestion phrase = new ShortQuestion(base("phrase"), List.of("completely baseless"), 0);
    private final ClozeQuestion cloze =
            new ClozeQuestion(base("cloze"), "China is [[neutral]] and [[silent]].", false, null);
    private final MultipleQuestion multiple = new MultipleQuestion(
            base("multiple"), List.of(new Option("a", "A", null), new Option("b", "B", null)), List.of("a"));
    private final LearningModule module =
            module(new Section("one", "One", "Text.", List.of(essay, phrase, cloze, multiple)));

    @Test
    void aFittingAnswerIsStoredAsJsonAndGradedThroughItsType() {
        CheckedAnswer checked = AnswerCheck.check(module, phrase, new ShortAnswer("completely baseless"));

        assertThat(checked.json()).contains("completely baseless");
        assertThat(checked.typeName()).isEqualTo("short");
        assertThat(checked.grade(1, false, RetryPolicy.SELF_STUDY).fullMarks()).isTrue();
    }

    @Test
    void everyTypedTextIsCheckedForLengthOnTheServer() {
        assertThatCode(() -> AnswerCheck.check(module, essay, new OpenAnswer("x".repeat(AnswerCheck.MAX_OPEN_TEXT))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        AnswerCheck.check(module, essay, new OpenAnswer("x".repeat(AnswerCheck.MAX_OPEN_TEXT + 1))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("the answer is too long: 4001 characters, at most 4000 allowed");
        assertThatThrownBy(() -> AnswerCheck.check(module, phrase, new ShortAnswer("x".repeat(201))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("the answer is too long: 201 characters, at most 200 allowed");
        assertThatThrownBy(() -> AnswerCheck.check(module, cloze, new ClozeAnswer(List.of("neutral", "x".repeat(500)))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("blank 2 is too long: 500 characters, at most 200 allowed");
    }

    @Test
    void theServerLimitsAreTheOnesTheInputsShow() {
        assertThat(AnswerCheck.MAX_OPEN_TEXT).isEqualTo(OpenInput.MAX_LENGTH);
        assertThat(AnswerCheck.MAX_SHORT_TEXT).isEqualTo(ShortInput.MAX_LENGTH);
        assertThat(AnswerCheck.MAX_BLANK_TEXT).isEqualTo(ClozeInput.MAX_LENGTH);
    }

    @Test
    void anAnswerTooLargeToStoreIsRefused() {
        Set<String> forged = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            forged.add("option-" + i + "-" + "x".repeat(80));
        }

        assertThatThrownBy(() -> AnswerCheck.check(module, multiple, new MultipleAnswer(forged)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("too long (at most 20000 characters)");
    }

    @Test
    void whatTheQuestionNeverOfferedOrNoAnswerIsRefused() {
        assertThatThrownBy(() -> AnswerCheck.check(module, multiple, new MultipleAnswer(Set.of())))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("no option picked");
        assertThatThrownBy(() -> AnswerCheck.check(module, phrase, null))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("no answer given");
    }
}
