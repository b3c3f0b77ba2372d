package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AddressThrottle.Kind;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final String SCHOOL = "203.0.113.7";
    private static final String HOME = "198.51.100.20";

    private final TestClock clock = TestClock.startingAt(Instant.parse("2026-03-01T08:00:00Z"));
    private final AddressThrottle throttle = new AddressThrottle(clock);

    private void record(Kind kind, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.record(kind, address);
        }
    }

    @Test
    void twentyWrongJoinCodesAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        record(Kind.WRONG_JOIN_CODE, SCHOOL, 19);
        assertThat(throttle.blocked(Kind.WRONG_JOIN_CODE, SCHOOL)).isEmpty();

        record(Kind.WRONG_JOIN_CODE, SCHOOL, 1);
        assertThat(throttle.blocked(Kind.WRONG_JOIN_CODE, SCHOOL)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        record(Kind.WRONG_JOIN_CODE, SCHOOL, 1);
        assertThat(throttle.blocked(Kind.WRONG_JOIN_CODE, SCHOOL)).contains(Duration.ofSeconds(60));

        record(Kind.WRONG_JOIN_CODE, SCHOOL, 50);
        assertThat(throttle.blocked(Kind.WRONG_JOIN_CODE, SCHOOL)).contains(Duration.ofMinutes(15));
    }

    @Test
    void addressesAndKindsAreCountedApart() {
        record(Kind.WRONG_JOIN_CODE, SCHOOL, 40);

        assertThat(throttle.blocked(Kind.WRONG_JOIN_CODE, HOME)).isEmpty();
        assertThat(throttle.blocked(Kind.NEW_STUDENT, SCHOOL)).isEmpty();
        assertThat(throttle.blocked(Kind.SIGN_UP, SCHOOL)).isEmpty();
    }

    @Test
    void aWholeClassCanJoinFromOneAddress() {
        record(Kind.NEW_STUDENT, SCHOOL, 149);
        assertThat(throttle.blocked(Kind.NEW_STUDENT, SCHOOL)).isEmpty();

        record(Kind.NEW_STUDENT, SCHOOL, 1);
        assertThat(throttle.blocked(Kind.NEW_STUDENT, SCHOOL)).contains(Duration.ofSeconds(30));
    }

    @Test
    void tenSignUpsPerAddressThenAMinuteDoubling() {
        record(Kind.SIGN_UP, SCHOOL, 10);
        assertThat(throttle.blocked(Kind.SIGN_UP, SCHOOL)).contains(Duration.ofMinutes(1));
    }

    @Test
    void countsAreForgottenAfterAnHourOfQuiet() {
        record(Kind.WRONG_JOIN_CODE, SCHOOL, 20);
        clock.advance(Duration.ofSeconds(30).plus(AddressThrottle.FORGET_AFTER));

        record(Kind.WRONG_JOIN_CODE, SCHOOL, 1);
        assertThat(throttle.blocked(Kind.WRONG_JOIN_CODE, SCHOOL)).isEmpty();
    }

    @Test
    void nothingIsCountedOutsideAnHttpRequest() {
        for (int i = 0; i < 100; i++) {
            throttle.record(Kind.SIGN_UP);
        }
        assertThat(throttle.blocked(Kind.SIGN_UP)).isEmpty();
    }
}
