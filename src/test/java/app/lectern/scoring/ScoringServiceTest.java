package app.lectern.scoring;

import static app.lectern.question.TestQuestions.base;
import static app.lectern.scoring.TestModules.module;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringServiceTest {

    private final ScoringService scoring = new ScoringService();
    private final RetryPolicy policy = RetryPolicy.SELF_STUDY;

    private final TrueFalseQuestion recall = new TrueFalseQuestion(base("recall-1", 2, Skill.RECALL), true);
    private final NumericQuestion count = new NumericQuestion(base("recall-2", 1, Skill.RECALL), 150.0, null, null);
    private final MultipleQuestion sourcing = new MultipleQuestion(
            base("sourcing-1", 3, Skill.SOURCING),
            List.of(new Option("a", "A", null), new Option("b", "B", null), new Option("c", "C", null)),
            List.of("a", "b", "c"));
    private final OrderQuestion order = new OrderQuestion(
            base("order-1", 1, Skill.CHRONOLOGY),
            List.of(new OrderItem("x", "X"), new OrderItem("y", "Y"), new OrderItem("z", "Z")));
    private final OpenQuestion essay =
            new OpenQuestion(base("essay-1", 4, Skill.INFERENCE), "Model.", List.of(new RubricLevel(4.0, "All.")));

    @Test
    void aRightFirstTryEarnsEveryPoint() {
        QuestionScore s = scoring.score(recall, new TrueFalseAnswer(true), 1, false, policy);
        assertThat(s.points()).isEqualTo(2.0);
        assertThat(s.maxPoints()).isEqualTo(2.0);
        assertThat(s.fullMarks()).isTrue();
        assertThat(s.skill()).isEqualTo(Skill.RECALL);
        assertThat(s.questionId()).isEqualTo("recall-1");
    }

    @Test
    void retriesAndTheHintLowerThePoints() {
        assertThat(scoring.score(recall, new TrueFalseAnswer(true), 2, false, policy)
                        .points())
                .isEqualTo(1.5);
        assertThat(scoring.score(recall, new TrueFalseAnswer(true), 3, false, policy)
                        .points())
                .isEqualTo(1.0);
        assertThat(scoring.score(recall, new TrueFalseAnswer(true), 1, true, policy)
                        .points())
                .isEqualTo(1.5);
        assertThat(scoring.score(recall, new TrueFalseAnswer(true), 3, true, policy)
                        .points())
                .isEqualTo(0.5);
        assertThat(scoring.score(recall, new TrueFalseAnswer(false), 1, true, policy)
                        .points())
                .isZero();
    }

    @Test
    void partialGradesAreScaledAndRoundedToTwoDecimals() {
        QuestionScore s = scoring.score(sourcing, new MultipleAnswer(Set.of("a")), 1, false, policy);
        assertThat(s.points()).isEqualTo(1.0);
        QuestionScore third = scoring.score(order, new OrderAnswer(List.of("y", "z", "x")), 2, false, policy);
        assertThat(third.grade().fraction()).isCloseTo(0.5, within(1e-12));
        assertThat(third.points()).isEqualTo(0.38); // 1 × 0.5 × 0.75 = 0.375
    }

    @Test
    void triesBeyondThePolicyAreRefused() {
        assertThatThrownBy(() -> scoring.score(recall, new TrueFalseAnswer(true), 4, false, policy))
                .isInstanceOf(AttemptsExhaustedException.class)
                .hasMessageContaining("allows 3 tries");
        assertThatThrownBy(() -> scoring.score(recall, new TrueFalseAnswer(true), 0, false, policy))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badAnswersAreRefused() {
        assertThatThrownBy(() -> scoring.score(count, new NumericAnswer(Double.NaN), 1, false, policy))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> scoring.score(count, new TrueFalseAnswer(true), 1, false, policy))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void openAnswersScoreNothingAndWait() {
        QuestionScore s = scoring.score(essay, new OpenAnswer("My essay."), 1, false, policy);
        assertThat(s.pending()).isTrue();
        assertThat(s.points()).isZero();
        assertThat(s.maxPoints()).isEqualTo(4.0);
        assertThat(s.fullMarks()).isFalse();
    }

    @Test
    void aModuleResultTotalsEveryAutoScoredQuestionPerSkill() {
        LearningModule module = module(
                new Section("one", "One", "Text one.", List.of(recall, count, essay)),
                new Section("two", "Two", "Text two.", List.of(sourcing, order)));
        Map<String, QuestionScore> latest = new HashMap<>();
        latest.put("recall-1", scoring.score(recall, new TrueFalseAnswer(true), 2, false, policy)); // 1.5 of 2
        latest.put("sourcing-1", scoring.score(sourcing, new MultipleAnswer(Set.of("a", "b", "c")), 1, false, policy));
        latest.put("essay-1", scoring.score(essay, new OpenAnswer("Essay."), 1, false, policy));

        ModuleResult result = scoring.result(module, latest);

        assertThat(result.points()).isEqualTo(4.5);
        assertThat(result.maxPoints()).isEqualTo(7.0); // 2 + 1 + 3 + 1, the open question's 4 aside
        assertThat(result.percent()).isCloseTo(100 * 4.5 / 7, within(1e-9));
        assertThat(result.bySkill()).containsOnlyKeys(Skill.values());
        assertThat(result.bySkill().get(Skill.RECALL)).isEqualTo(new SkillTotal(Skill.RECALL, 1.5, 3, 2, 1));
        assertThat(result.bySkill().get(Skill.SOURCING)).isEqualTo(new SkillTotal(Skill.SOURCING, 3, 3, 1, 1));
        assertThat(result.bySkill().get(Skill.CHRONOLOGY)).isEqualTo(new SkillTotal(Skill.CHRONOLOGY, 0, 1, 1, 0));
        assertThat(result.bySkill().get(Skill.INFERENCE)).isEqualTo(new SkillTotal(Skill.INFERENCE, 0, 0, 0, 0));
        assertThat(result.bySkill().get(Skill.INFERENCE).percent()).isZero();
        assertThat(result.scores())
                .extracting(QuestionScore::questionId)
                .containsExactly("recall-1", "essay-1", "sourcing-1");
        assertThat(result.missedQuestionIds())
                .as("right on a second try is not missed")
                .isEmpty();
        assertThat(result.unansweredQuestionIds()).containsExactly("recall-2", "order-1");
        assertThat(result.pendingQuestionIds()).containsExactly("essay-1");
    }

    @Test
    void inAnAssignmentOpenQuestionsCountOnceTheTeacherHasGradedThem() {
        LearningModule module = module(new Section("one", "One", "Text one.", List.of(recall, essay)));
        Map<String, QuestionScore> latest = new HashMap<>();
        latest.put("recall-1", scoring.score(recall, new TrueFalseAnswer(true), 1, false, policy));
        latest.put("essay-1", scoring.score(essay, new OpenAnswer("Essay."), 1, false, policy));

        ModuleResult waiting = scoring.resultWithTeacherGrading(module, latest);
        assertThat(waiting.points()).isEqualTo(2.0);
        assertThat(waiting.maxPoints())
                .as("the essay's 4 points are in every student's maximum")
                .isEqualTo(6.0);
        assertThat(waiting.pendingQuestionIds()).containsExactly("essay-1");
        assertThat(waiting.missedQuestionIds()).isEmpty();

        latest.put("essay-1", new QuestionScore("essay-1", Skill.INFERENCE, 3, 4, new Grade(0.75, false), 1, false));
        ModuleResult graded = scoring.resultWithTeacherGrading(module, latest);
        assertThat(graded.points()).isEqualTo(5.0);
        assertThat(graded.maxPoints()).isEqualTo(6.0);
        assertThat(graded.pendingQuestionIds()).isEmpty();
        assertThat(graded.bySkill().get(Skill.INFERENCE)).isEqualTo(new SkillTotal(Skill.INFERENCE, 3, 4, 1, 1));
        assertThat(scoring.result(module, latest).maxPoints())
                .as("self-study leaves open questions out")
                .isEqualTo(2.0);
    }

    @Test
    void aWrongLatestAnswerIsMissed() {
        LearningModule module = module(new Section("one", "One", "Text one.", List.of(recall, count)));
        Map<String, QuestionScore> latest = new HashMap<>();
        latest.put("recall-1", scoring.score(recall, new TrueFalseAnswer(false), 1, false, policy));

        ModuleResult result = scoring.result(module, latest);

        assertThat(result.missedQuestionIds()).containsExactly("recall-1");
        assertThat(result.points()).isZero();
    }

    @Test
    void anEmptyResultHasZeroPercent() {
        LearningModule module = module(new Section("one", "One", "Text.", List.of(essay)));
        ModuleResult result = scoring.result(module, Map.of());
        assertThat(result.maxPoints()).isZero();
        assertThat(result.percent()).isZero();
        assertThat(result.unansweredQuestionIds()).containsExactly("essay-1");
        assertThat(result.pendingQuestionIds()).isEmpty();
    }

    @Test
    void scoresOfQuestionsTheModuleNoLongerHasAreIgnored() {
        LearningModule module = module(new Section("one", "One", "Text.", List.of(count)));
        QuestionScore stale = scoring.score(recall, new TrueFalseAnswer(true), 1, false, policy);
        ModuleResult result = scoring.result(module, Map.of("recall-1", stale));
        assertThat(result.points()).isZero();
        assertThat(result.scores()).isEmpty();
    }
}
