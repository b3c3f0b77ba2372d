package app.lectern.answering;

import static app.lectern.scoring.TestModules.module;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.question.Option;
import app.lectern.question.PartVerdict;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.categorize.CategorizeItem;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.scoring.RetryPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule for what a learner sees after answering: each case of self-study and assignments. */
class KeyReleaseTest {

    private static final Release SELF_STUDY = Release.selfStudy(RetryPolicy.SELF_STUDY);

    private final SingleQuestion single = new SingleQuestion(
            base("who-says", "Because the report says so."),
            List.of(new Option("a", "Wrong one", "Not quite."), new Option("b", "Right one", "Yes.")),
            "b");
    private final OpenQuestion essay = new OpenQuestion(
            base("essay", "An essay shows reasons."), "A model essay.", List.of(new RubricLevel(2.0, "Good.")));
    private final LearningModule module =
            module(new Section("one", "One", "The report says so.", List.of(single, essay)));

    /** A response as a store keeps it. */
    private record Row(
            int tryNo,
            double points,
            double maxPoints,
            double fraction,
            boolean pending,
            boolean reviewed,
            String teacherComment)
            implements StoredResponse {}

    private static Row right(int tryNo) {
        return new Row(tryNo, 2, 2, 1.0, false, false, null);
    }

    private static Row wrong(int tryNo) {
        return new Row(tryNo, 0, 2, 0.0, false, false, null);
    }

    private static Row waitingForReview() {
        return new Row(1, 0, 2, 0.0, true, false, null);
    }

    private Feedback singleFeedback(String picked, Row row, Release release) {
        return KeyRelease.feedback(module, single, new SingleAnswer(picked), row, release);
    }

    @Test
    void aRightAnswerSettlesTheQuestionAndReleasesTheKey() {
        Feedback f = singleFeedback("b", right(1), SELF_STUDY);

        assertThat(f.correct()).isTrue();
        assertThat(f.score()).isEqualTo(2.0);
        assertThat(f.attemptsLeft()).isZero();
        assertThat(f.canRetry()).isFalse();
        assertKeyReleased(f);
        assertThat(KeyRelease.refusesAnotherTry(right(1), SELF_STUDY)).isTrue();
    }

    @Test
    void aWrongAnswerWithTriesLeftKeepsTheKeyButShowsTheOptionFeedback() {
        Feedback f = singleFeedback("a", wrong(1), SELF_STUDY);

        assertThat(f.correct()).isFalse();
        assertThat(f.optionFeedback()).isEqualTo("Not quite.");
        assertThat(f.attemptsLeft()).isEqualTo(2);
        assertThat(f.canRetry()).isTrue();
        assertKeyKept(f);
        assertThat(KeyRelease.refusesAnotherTry(wrong(1), SELF_STUDY)).isFalse();
    }

    @Test
    void theLastTryUsedSettlesTheQuestionEvenWhenWrong() {
        Feedback f = singleFeedback("a", wrong(3), SELF_STUDY);

        assertThat(f.attemptsLeft()).isZero();
        assertThat(f.canRetry()).isFalse();
        assertKeyReleased(f);
        assertThat(KeyRelease.refusesAnotherTry(wrong(3), SELF_STUDY)).isTrue();
    }

    @Test
    void somePointsArePartialNotCorrect() {
        Feedback f = singleFeedback("a", new Row(1, 1, 2, 0.5, false, false, null), SELF_STUDY);

        assertThat(f.partial()).isTrue();
        assertThat(f.correct()).isFalse();
    }

    @Test
    void withheldFeedbackSaysOnlyThatTheAnswerWasSaved() {
        Release withheld = new Release(false, 2, false, false);

        Feedback f = singleFeedback("b", right(1), withheld);

        assertThat(f.score()).isZero();
        assertThat(f.maxPoints()).isEqualTo(2.0);
        assertThat(f.correct()).isFalse();
        assertThat(f.partial()).isFalse();
        assertThat(f.optionFeedback()).isNull();
        assertKeyKept(f);
        // a right answer does not stand while the student cannot know it is right: it may still be changed
        assertThat(f.attemptsLeft()).isEqualTo(1);
        assertThat(KeyRelease.refusesAnotherTry(right(1), withheld)).isFalse();
        assertThat(KeyRelease.refusesAnotherTry(right(2), withheld)).isTrue();
    }

    @Test
    void withheldFeedbackOfAClosedAttemptLeavesNoTriesAndStillNoKey() {
        Feedback f = singleFeedback("a", wrong(1), new Release(false, 3, true, false));

        assertThat(f.attemptsLeft()).isZero();
        assertKeyKept(f);
    }

    @Test
    void feedbackReleasedAfterTheSubmitOrDueDateSettlesEveryAnsweredQuestion() {
        Release afterSubmit = new Release(true, 3, true, false);

        Feedback f = singleFeedback("a", wrong(1), afterSubmit);

        assertThat(f.optionFeedback()).isEqualTo("Not quite.");
        assertThat(f.attemptsLeft()).isZero();
        assertKeyReleased(f);
    }

    @Test
    void anOpenAnswerWaitingForReviewStandsWithTheModelAnswerButNoKeyText() {
        Feedback f = KeyRelease.feedback(module, essay, new OpenAnswer("My essay."), waitingForReview(), SELF_STUDY);

        assertThat(f.pendingReview()).isTrue();
        assertThat(f.correct()).isFalse();
        assertThat(f.attemptsLeft()).isZero();
        assertThat(f.modelAnswer()).isEqualTo("A model essay.");
        assertThat(f.explanation()).isEqualTo("An essay shows reasons.");
        assertThat(f.correctAnswer()).isNull();
        assertThat(f.evidence()).isEqualTo(new Evidence("one", "The report says so."));
        assertThat(f.teacherComment()).isNull();
        assertThat(KeyRelease.refusesAnotherTry(waitingForReview(), new Release(true, 2, false, false)))
                .isTrue();
    }

    @Test
    void aReviewedOpenAnswerShowsTheTeachersPointsAndCommentOnlyOnceReleased() {
        Row reviewed = new Row(1, 1.5, 2, 0.75, false, true, "Good sources, thin reasons.");

        Feedback shown = KeyRelease.feedback(
                module, essay, new OpenAnswer("My essay."), reviewed, new Release(true, 2, false, false));
        Feedback withheld = KeyRelease.feedback(
                module, essay, new OpenAnswer("My essay."), reviewed, new Release(false, 2, false, false));

        assertThat(shown.score()).isEqualTo(1.5);
        assertThat(shown.teacherComment()).isEqualTo("Good sources, thin reasons.");
        assertThat(shown.attemptsLeft()).isZero();
        assertThat(withheld.score()).isZero();
        assertThat(withheld.teacherComment()).isNull();
        assertThat(withheld.modelAnswer()).isNull();
    }

    @Test
    void aTryGrantedAfterAnAnswerThatStoodReopensItAndKeepsTheKeyAgain() {
        Release granted = new Release(true, 3, false, true);

        Feedback f = singleFeedback("b", right(2), granted);

        assertThat(KeyRelease.stands(right(2), granted)).isFalse();
        assertThat(KeyRelease.refusesAnotherTry(right(2), granted)).isFalse();
        assertThat(f.attemptsLeft()).isEqualTo(1);
        assertKeyKept(f);
        assertThat(KeyRelease.stands(right(2), new Release(true, 3, false, false)))
                .isTrue();
    }

    @Test
    void tickingEveryOptionShowsNoOptionFeedbackUntilTheQuestionIsSettled() {
        MultipleQuestion multiple = new MultipleQuestion(
                base("pick-all", "Two are right."),
                List.of(
                        new Option("a", "Right one", "Yes, a."),
                        new Option("b", "Wrong one", "No, b is wrong."),
                        new Option("c", "Right two", "Yes, c."),
                        new Option("d", "Wrong two", "No, d is wrong.")),
                List.of("a", "c"));
        LearningModule withMultiple = module(new Section("one", "One", "The report says so.", List.of(multiple)));
        MultipleAnswer everything = new MultipleAnswer(Set.of("a", "b", "c", "d"));
        Row partly = new Row(1, 1, 2, 0.5, false, false, null);

        Feedback first = KeyRelease.feedback(withMultiple, multiple, everything, partly, SELF_STUDY);
        Feedback last = KeyRelease.feedback(
                withMultiple, multiple, everything, new Row(3, 0.5, 2, 0.5, false, false, null), SELF_STUDY);

        assertThat(first.canRetry()).isTrue();
        assertThat(first.optionFeedback())
                .as("which options are wrong is the key of the next try")
                .isNull();
        assertKeyKept(first);
        assertThat(last.attemptsLeft()).isZero();
        assertThat(last.optionFeedback()).contains("No, b is wrong.", "No, d is wrong.");
    }

    @Test
    void anEssayOfAnAssignmentCanBeRevisedUntilTheSubmitAndItsModelAnswerWaitsForIt() {
        OpenAnswer essayAnswer = new OpenAnswer("My essay.");
        Release open = new Release(true, 10, false, false, true);
        Release submitted = new Release(true, 10, true, false, true);

        Feedback firstCheck = KeyRelease.feedback(module, essay, essayAnswer, waitingForReview(), open);
        Feedback afterSubmit = KeyRelease.feedback(module, essay, essayAnswer, waitingForReview(), submitted);

        assertThat(firstCheck.pendingReview()).isTrue();
        assertThat(firstCheck.canRetry()).as("revisable").isTrue();
        assertThat(KeyRelease.refusesAnotherTry(waitingForReview(), open)).isFalse();
        assertKeyKept(firstCheck);
        assertThat(afterSubmit.attemptsLeft()).isZero();
        assertThat(afterSubmit.modelAnswer()).isEqualTo("A model essay.");
        assertThat(afterSubmit.explanation()).isEqualTo("An essay shows reasons.");
    }

    private final CategorizeQuestion sorting = new CategorizeQuestion(
            base("sort", "Sort them."),
            List.of(new Category("fact", "Documented"), new Category("claim", "Alleged")),
            List.of(
                    new CategorizeItem("Captured", "fact"),
                    new CategorizeItem("Officers observe", "claim"),
                    new CategorizeItem("Dual-use goods", "fact")));
    private final LearningModule withSorting =
            module(new Section("one", "One", "The report says so.", List.of(sorting)));
    /** The first and the third item right, the second wrong: two of three parts. */
    private final CategorizeAnswer twoOfThree = new CategorizeAnswer(Map.of(0, "fact", 1, "fact", 2, "fact"));

    private Feedback sortingFeedback(int tryNo, Release release) {
        return KeyRelease.feedback(
                withSorting, sorting, twoOfThree, new Row(tryNo, 4.0 / 3, 2, 2.0 / 3, false, false, null), release);
    }

    @Test
    void whileTriesRemainOnlyHowManyPartsAreRightIsShownNotWhichOnes() {
        Feedback f = sortingFeedback(1, SELF_STUDY);

        assertThat(f.canRetry()).isTrue();
        assertThat(f.parts().right()).isEqualTo(2);
        assertThat(f.parts().total()).isEqualTo(3);
        assertThat(f.parts().verdicts()).as("which parts are right").isEmpty();
        assertThat(f.parts().verdictsReleased()).isFalse();
    }

    @Test
    void onceSettledEachPartIsMarked() {
        Feedback lastTry = sortingFeedback(3, SELF_STUDY);
        Feedback afterSubmit = sortingFeedback(1, new Release(true, 3, true, false));

        for (Feedback f : List.of(lastTry, afterSubmit)) {
            assertThat(f.attemptsLeft()).isZero();
            assertThat(f.parts().verdicts())
                    .containsExactly(PartVerdict.right("0"), PartVerdict.of("1", false), PartVerdict.right("2"));
        }
    }

    @Test
    void withheldFeedbackTellsNothingOfTheParts() {
        Feedback open = sortingFeedback(1, new Release(false, 2, false, false));
        Feedback closed = sortingFeedback(1, new Release(false, 2, true, false));

        assertThat(open.parts()).isNull();
        assertThat(closed.parts()).as("submitted, feedback not released yet").isNull();
    }

    @Test
    void aKeyHeldBackKeepsThePartVerdictsBackToo() {
        Feedback f = sortingFeedback(3, SELF_STUDY.withKeyHeldBack());

        assertThat(f.attemptsLeft()).isZero();
        assertThat(f.parts().right()).isEqualTo(2);
        assertThat(f.parts().verdicts()).isEmpty();
    }

    @Test
    void anAnswerOfOnePartHasNoPartResults() {
        assertThat(singleFeedback("a", wrong(3), SELF_STUDY).parts()).isNull();
    }

    private static void assertKeyReleased(Feedback f) {
        assertThat(f.explanation()).isEqualTo("Because the report says so.");
        assertThat(f.correctAnswer()).contains("Right one");
        assertThat(f.evidence()).isEqualTo(new Evidence("one", "The report says so."));
    }

    private static void assertKeyKept(Feedback f) {
        assertThat(f.explanation()).isNull();
        assertThat(f.correctAnswer()).isNull();
        assertThat(f.modelAnswer()).isNull();
        assertThat(f.evidence()).isNull();
    }

    private static QuestionBase base(String id, String explanation) {
        return new QuestionBase(
                id, "test", "Prompt?", 2.0, Skill.RECALL, explanation, new Evidence(null, "The report says so."), null);
    }
}
