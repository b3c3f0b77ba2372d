package app.lectern.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
