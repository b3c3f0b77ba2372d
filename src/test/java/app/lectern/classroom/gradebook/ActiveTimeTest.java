package app.lectern.classroom.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveTimeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration FIVE = Duration.ofMinutes(5);

    private static Instant at(long minutes, long seconds) {
        return T0.plusSeconds(60 * minutes + seconds);
    }

    @Test
    void sumsTheGapsBetweenEventsThatFollowEachOtherClosely() {
        assertThat(ActiveTime.of(List.of(at(0, 0), at(1, 30), at(4, 0)), FIVE)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void aBreakLongerThanTheThresholdAddsNothing() {
        // opened on Monday, two answers a day later: the day in between is not work
        List<Instant> events = List.of(at(0, 0), at(2, 0), at(24 * 60, 0), at(24 * 60 + 3, 0));
        assertThat(ActiveTime.of(events, FIVE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aGapOfExactlyTheThresholdStillCounts() {
        assertThat(ActiveTime.of(List.of(at(0, 0), at(5, 0)), FIVE)).isEqualTo(FIVE);
        assertThat(ActiveTime.of(List.of(at(0, 0), at(5, 1)), FIVE)).isZero();
    }

    @Test
    void theOrderOfTheEventsDoesNotMatterAndNullsAreSkipped() {
        List<Instant> shuffled = new ArrayList<>(Arrays.asList(at(3, 0), null, at(0, 0), at(1, 0)));
        assertThat(ActiveTime.of(shuffled, FIVE)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void fewerThanTwoEventsIsNoTimeAtAll() {
        assertThat(ActiveTime.of(List.of(), FIVE)).isZero();
        assertThat(ActiveTime.of(List.of(at(0, 0)), FIVE)).isZero();
    }

    @Test
    void refusesANegativeThreshold() {
        assertThatThrownBy(() -> ActiveTime.of(List.of(at(0, 0)), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
