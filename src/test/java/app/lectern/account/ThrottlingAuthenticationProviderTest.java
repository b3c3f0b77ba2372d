package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.testsupport.TestClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private final ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(
            new org.springframework.security.authentication.AuthenticationProvider() {
                @Override
                public Authentication authenticate(Authentication a) throws AuthenticationException {
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
}
