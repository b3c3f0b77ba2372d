package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String SCHOOL = "203.0.113.7";
    private static final String HOME = "198.51.100.20";

    private final TestClock clock = TestClock.startingAt(Instant.parse("2026-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, address, null);
        }
    }

    @Test
    void fiveFailuresAreFreeThenTheWaitDoubles() {
        fail("maria", SCHOOL, 4);
        assertThat(throttle.blocked("maria", SCHOOL, null)).isEmpty();

        fail("maria", SCHOOL, 1);
        assertThat(throttle.blocked("maria", SCHOOL, null)).contains(Duration.ofSeconds(15));

        clock.advance(Duration.ofSeconds(15));
        assertThat(throttle.blocked("maria", SCHOOL, null)).isEmpty();
        fail("maria", SCHOOL, 1);
        assertThat(throttle.blocked("maria", SCHOOL, null)).contains(Duration.ofSeconds(30));
    }

    @Test
    void theWaitIsCapped() {
        fail("maria", SCHOOL, 40);
        assertThat(throttle.blocked("maria", SCHOOL, null)).contains(Duration.ofMinutes(15));
    }

    @Test
    void loginNamesAreCaseInsensitive() {
        fail("Maria", SCHOOL, 5);
        assertThat(throttle.blocked("maria ", SCHOOL, null)).isPresent();
    }

    @Test
    void failuresFromOneAddressDoNotAffectTheSameLoginElsewhere() {
        // fewer than the per-account allowance (20), but well past the pair's (5)
        fail("maria", SCHOOL, 15);

        assertThat(throttle.blocked("maria", SCHOOL, null)).isPresent();
        assertThat(throttle.blocked("maria", HOME, null)).isEmpty();
    }

    @Test
    void failuresForOneLoginDoNotAffectOtherLoginsFromTheSameAddress() {
        fail("maria", SCHOOL, 20);

        assertThat(throttle.blocked("jonas", SCHOOL, null)).isEmpty();
    }

    @Test
    void manyFailuresAcrossLoginsThrottleTheWholeAddress() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("guess" + i, SCHOOL, null);
        }

        assertThat(throttle.blocked("jonas", SCHOOL, null)).contains(Duration.ofSeconds(30));
        assertThat(throttle.blocked("jonas", HOME, null)).isEmpty();
    }

    @Test
    void aBrowserThatLoggedInBeforeIsNotLockedOutByAClassmateOnTheSameAddress() {
        String mariasBrowser = throttle.succeeded("maria", SCHOOL, null);

        // a classmate guesses Maria's password from the shared school address, and sprays other logins too
        fail("maria", SCHOOL, 30);
        for (int i = 0; i < 60; i++) {
            throttle.failed("guess" + i, SCHOOL, null);
        }

        assertThat(throttle.blocked("maria", SCHOOL, null)).isPresent();
        assertThat(throttle.blocked("maria", SCHOOL, mariasBrowser)).isEmpty();
        // the token is only trusted for the login that used it
        assertThat(throttle.blocked("jonas", SCHOOL, mariasBrowser)).isPresent();
    }

    @Test
    void aTrustedBrowserIsStillThrottledForItsOwnFailures() {
        String browser = throttle.succeeded("maria", SCHOOL, null);
        for (int i = 0; i < 5; i++) {
            throttle.failed("maria", SCHOOL, browser);
        }

        assertThat(throttle.blocked("maria", SCHOOL, browser)).contains(Duration.ofSeconds(15));
    }

    @Test
    void aCorrectPasswordResetsThePair() {
        fail("maria", SCHOOL, 4);
        String browser = throttle.succeeded("maria", SCHOOL, null);
        fail("maria", SCHOOL, 4);

        assertThat(throttle.blocked("maria", SCHOOL, null)).isEmpty();
        assertThat(throttle.succeeded("maria", SCHOOL, browser)).isEqualTo(browser);
    }

    @Test
    void failuresAreForgottenAfterAnHourOfQuiet() {
        fail("maria", SCHOOL, 5);
        clock.advance(Duration.ofSeconds(15));
        clock.advance(LoginThrottle.FORGET_AFTER);

        fail("maria", SCHOOL, 1);
        assertThat(throttle.blocked("maria", SCHOOL, null)).isEmpty();
    }

    @Test
    void theRemainingWaitCountsDown() {
        fail("maria", SCHOOL, 5);
        clock.advance(Duration.ofMillis(10_500));

        assertThat(throttle.blocked("maria", SCHOOL, null)).contains(Duration.ofSeconds(5));
    }

    // ---- per login across addresses ----

    private void failFromManyAddresses(String login, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, "192.0.2." + (i % 250), null);
        }
    }

    @Test
    void guessesSpreadOverManyAddressesSlowDownTheLoginEverywhere() {
        failFromManyAddresses("maria", 19);
        assertThat(throttle.blocked("maria", HOME, null)).isEmpty();

        failFromManyAddresses("maria", 1);
        assertThat(throttle.blocked("maria", HOME, null)).contains(Duration.ofSeconds(15));
        // other logins are not affected
        assertThat(throttle.blocked("jonas", HOME, null)).isEmpty();
    }

    @Test
    void theAccountWaitGrowsButIsCappedSoItIsNeverALockout() {
        failFromManyAddresses("maria", 500);
        assertThat(throttle.blocked("maria", HOME, null)).contains(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.blocked("maria", HOME, null)).isEmpty();
    }

    @Test
    void theOwnersBrowserIgnoresTheAccountCounterAndACorrectPasswordResetsIt() {
        String mariasBrowser = throttle.succeeded("maria", HOME, null);
        failFromManyAddresses("maria", 100);

        assertThat(throttle.blocked("maria", HOME, mariasBrowser)).isEmpty();
        assertThat(throttle.blocked("maria", HOME, null)).isPresent();

        throttle.succeeded("maria", HOME, mariasBrowser);
        assertThat(throttle.blocked("maria", "198.51.100.99", null)).isEmpty();
    }

    @Test
    void aWholeSchoolSigningInCorrectlyFromOneAddressDoesNotAddUpToAWait() {
        for (int i = 0; i < 120; i++) {
            try (LoginThrottle.Attempt attempt = throttle.reserve("student-" + i, SCHOOL, null)) {
                attempt.succeeded();
            }
        }
        assertThat(throttle.blocked("latecomer", SCHOOL, null)).isEmpty();
    }

    @Test
    void whileOneCheckOfALoginIsUnderWayTheNextIsRefusedAndNotCounted() {
        try (LoginThrottle.Attempt first = throttle.reserve("maria", SCHOOL, null)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> throttle.reserve("Maria", HOME, null))
                    .isInstanceOf(LoginThrottledException.class);
            // another login is not held up
            throttle.reserve("jonas", SCHOOL, null).close();
        }
        throttle.reserve("maria", HOME, null).close();
    }
}
