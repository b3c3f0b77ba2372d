package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.testsupport.TestClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The throttle wired around a password check, as a login form post goes through it. */
class ThrottlingAuthenticationProviderTest {

    private static final Map<String, String> PASSWORDS = Map.of("maria", "maria-secret");

    private final TestClock clock = TestClock.startingAt(Instant.parse("2026-03-01T08:00:00Z"));
    /** How many times a password was really checked (bcrypt in the application). */
    private final AtomicInteger passwordChecks = new AtomicInteger();
    /** Set by a burst: every password check waits until all attempts of the burst have arrived. */
    private volatile CountDownLatch burst;

    private final ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(
            new org.springframework.security.authentication.AuthenticationProvider() {
                @Override
                public Authentication authenticate(Authentication a) throws AuthenticationException {
                    passwordChecks.incrementAndGet();
                    CountDownLatch arrived = burst;
                    if (arrived != null) {
                        arrived.countDown();
                        awaitQuietly(arrived);
                    }
                    if (!a.getCredentials().equals(PASSWORDS.get(a.getName()))) {
                        throw new BadCredentialsException("bad");
                    }
                    return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of());
                }

                @Override
                public boolean supports(Class<?> type) {
                    return true;
                }
            },
            new LoginThrottle(clock)));

    private MockHttpServletResponse response;

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            // a safety net against a hung test, not a timing assumption: every attempt arrives in microseconds
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    private Authentication post(String address, String device, String login, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        if (device != null) {
            request.setCookies(new Cookie(ThrottlingAuthenticationProvider.DEVICE_COOKIE, device));
        }
        response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        var token = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return manager.authenticate(token);
    }

    private String deviceCookie() {
        Cookie cookie = response.getCookie(ThrottlingAuthenticationProvider.DEVICE_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheMessageSaysHowLong() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> post("10.0.0.5", null, "maria", "guess"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> post("10.0.0.5", null, "maria", "maria-secret"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(15));

        clock.advance(Duration.ofSeconds(15));
        assertThat(post("10.0.0.5", null, "maria", "maria-secret").isAuthenticated())
                .isTrue();
    }

    @Test
    void aClassmateOnTheSameAddressCannotLockMariaOutOfHerOwnBrowser() {
        assertThat(post("10.0.0.5", null, "maria", "maria-secret").isAuthenticated())
                .isTrue();
        String mariasBrowser = deviceCookie();
        assertThat(mariasBrowser).isNotNull();
        assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> post("10.0.0.5", null, "maria", "guess" + System.nanoTime()))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> post("10.0.0.5", null, "maria", "maria-secret"))
                .isInstanceOf(LoginThrottledException.class);

        assertThat(post("10.0.0.5", mariasBrowser, "maria", "maria-secret").isAuthenticated())
                .isTrue();
        assertThat(post("10.0.0.99", null, "maria", "maria-secret").isAuthenticated())
                .isTrue();
    }

    /**
     * Sends the passwords at once from real threads, each password check held until every attempt has either
     * reached it or been refused, so checks overlap as much as they can; returns what each attempt got.
     */
    private List<String> burst(List<String> passwords) throws InterruptedException {
        CountDownLatch arrived = new CountDownLatch(passwords.size());
        burst = arrived;
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, String> outcomes = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < passwords.size(); i++) {
            int n = i;
            threads.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                String outcome;
                try {
                    outcome =
                            post("203.0.113.9", null, "maria", passwords.get(n)).isAuthenticated()
                                    ? "signed in"
                                    : "refused";
                } catch (LoginThrottledException e) {
                    outcome = "throttled";
                    arrived.countDown();
                } catch (AuthenticationException e) {
                    outcome = "wrong";
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                }
                outcomes.put(n, outcome);
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        burst = null;
        return new ArrayList<>(new java.util.TreeMap<>(outcomes).values());
    }

    @Test
    void thirtyParallelGuessesGetNoMoreThanTheFiveFreeChecksAndTheRightPasswordAfterThemDoesNotSignIn()
            throws InterruptedException {
        List<String> wrong = java.util.Collections.nCopies(30, "guess");
        for (int round = 0; round < 10 && !burst(wrong).stream().allMatch("throttled"::equals); round++) {
            // bursts until the throttle refuses every attempt of one
        }
        assertThat(passwordChecks).hasValueLessThanOrEqualTo(5);

        List<String> withTheRightOne = new ArrayList<>(wrong);
        withTheRightOne.set(17, "maria-secret");
        assertThat(burst(withTheRightOne)).doesNotContain("signed in").containsOnly("throttled");
        assertThat(passwordChecks).hasValueLessThanOrEqualTo(5);
    }
}
