package app.lectern.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.Option;
import app.lectern.question.TestQuestions;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.SELF_STUDY;

    @Test
    void eachRetryLowersTheCeiling() {
        assertThat(policy.ceiling(1, false)).isEqualTo(1.0);
        assertThat(policy.ceiling(2, false)).isEqualTo(0.75);
        assertThat(policy.ceiling(3, false)).isEqualTo(0.5);
    }

    @Test
    void theHintCostsItsShareOnEveryTry() {
        assertThat(policy.ceiling(1, true)).isEqualTo(0.75);
        assertThat(policy.ceiling(3, true)).isEqualTo(0.25);
    }

    @Test
    void theCeilingNeverGoesBelowZero() {
        RetryPolicy harsh = new RetryPolicy(5, 0.5, 0.5);
        assertThat(harsh.ceiling(2, true)).isZero();
        assertThat(harsh.ceiling(5, false)).isZero();
    }

    @Test
    void aTrueFalseItemGetsNoSecondTry() {
        TrueFalseQuestion trueFalse = new TrueFalseQuestion(TestQuestions.base("tf"), true);

        assertThat(policy.forQuestion(trueFalse).attemptsPerQuestion()).isEqualTo(1);
        assertThatThrownBy(() -> new ScoringService()
                        .score(trueFalse, new TrueFalseAnswer(true), 2, false, policy.forQuestion(trueFalse)))
                .isInstanceOf(AttemptsExhaustedException.class);
    }

    @Test
    void withKOptionsOfWhichOneIsPickedAtMostKMinusTwoRetries() {
        assertThat(policy.forQuestion(single(2)).attemptsPerQuestion()).isEqualTo(1);
        assertThat(policy.forQuestion(single(3)).attemptsPerQuestion()).isEqualTo(2);
        assertThat(policy.forQuestion(single(4)).attemptsPerQuestion())
                .as("4 options: 2 retries, 3 tries, so trying them one by one never reaches the key for sure")
                .isEqualTo(3);
        assertThat(new RetryPolicy(10, 0.25, 0.25).forQuestion(single(4)).attemptsPerQuestion())
                .isEqualTo(3);
        assertThat(policy.forQuestion(single(5)).attemptsPerQuestion())
                .as("never more than the policy's own tries")
                .isEqualTo(3);
        assertThat(new RetryPolicy(1, 0.25, 0.25).forQuestion(single(4)).attemptsPerQuestion())
                .isEqualTo(1);
    }

    @Test
    void answersThatAreNotOnePickKeepThePolicysTriesAndCosts() {
        MultipleQuestion multiple = new MultipleQuestion(TestQuestions.base("m"), options(4), List.of("a", "b"));
        NumericQuestion numeric = new NumericQuestion(TestQuestions.base("n"), 2.0, 0.0, null);

        assertThat(policy.forQuestion(multiple)).isEqualTo(policy);
        assertThat(policy.forQuestion(numeric)).isEqualTo(policy);
        assertThat(policy.forQuestion(single(2)).ceiling(1, true)).isEqualTo(0.75);
    }

    private static SingleQuestion single(int options) {
        return new SingleQuestion(TestQuestions.base("s" + options), options(options), "a");
    }

    private static List<Option> options(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Option(String.valueOf((char) ('a' + i)), "Option " + i, null))
                .toList();
    }

    @Test
    void attemptsLeftCountDown() {
        assertThat(policy.attemptsLeft(1)).isEqualTo(2);
        assertThat(policy.attemptsLeft(3)).isZero();
        assertThat(policy.attemptsLeft(7)).isZero();
    }

    @Test
    void rangesAreChecked() {
        assertThatThrownBy(() -> new RetryPolicy(0, 0.25, 0.25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attemptsPerQuestion");
        assertThatThrownBy(() -> new RetryPolicy(3, -0.1, 0.25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("penaltyPerExtraTry");
        assertThatThrownBy(() -> new RetryPolicy(3, 0.25, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hintCost");
        assertThatThrownBy(() -> new RetryPolicy(3, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.ceiling(0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
