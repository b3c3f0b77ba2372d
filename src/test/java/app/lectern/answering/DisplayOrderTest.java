package app.lectern.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.OptionOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Display orders: fixed per learner and question, every permutation possible, nothing computable without the secret. */
class DisplayOrderTest {

    private static final byte[] SECRET = "a test secret of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final List<String> KEY = List.of("a", "b", "c", "d");

    @Test
    void theSameLearnerAndQuestionGetTheSameSeedEveryTime() {
        DisplayOrder first = DisplayOrder.of(SECRET, "learner:1");
        DisplayOrder again = DisplayOrder.of(SECRET.clone(), "learner:1");

        assertThat(again.seed("events-order")).isEqualTo(first.seed("events-order"));
        assertThat(first.seed("argument-order")).isNotEqualTo(first.seed("events-order"));
        assertThat(DisplayOrder.of(SECRET, "learner:2").seed("events-order")).isNotEqualTo(first.seed("events-order"));
    }

    @Test
    void overManyLearnersEveryOrderOfFourItemsAppearsTheKeyOrderIncluded() {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int learner = 0; learner < 2_400; learner++) {
            long seed = DisplayOrder.of(SECRET, "learner:" + learner).seed("events-order");
            counts.merge(OptionOrder.shuffle(KEY, seed), 1, Integer::sum);
        }

        // 24 orders, 100 expected each: at least 40 is six standard deviations below
        assertThat(counts).hasSize(24);
        assertThat(counts).containsKey(KEY);
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(40));
    }

    @Test
    void anotherSecretGivesOtherSeeds() {
        byte[] other = "another secret, also 32 bytes long".getBytes(StandardCharsets.UTF_8);

        assertThat(DisplayOrder.of(other, "learner:1").seed("events-order"))
                .isNotEqualTo(DisplayOrder.of(SECRET, "learner:1").seed("events-order"));
    }

    @Test
    void aShortSecretOrAMissingOwnerIsRefused() {
        assertThatThrownBy(() -> DisplayOrder.of(new byte[16], "learner:1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisplayOrder.of(SECRET, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DisplayOrder.of(SECRET, "learner:1").toString()).doesNotContain("learner");
    }
}
