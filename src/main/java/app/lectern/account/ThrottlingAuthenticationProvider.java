package app.lectern.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wraps the password check with {@link LoginThrottle}: reserves the attempt (refusing throttled ones) before
 * looking at the password, and on success resets the counter and hands the browser its device cookie.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** The cookie that marks a browser in which a login succeeded. */
    static final String DEVICE_COOKIE = "lectern_device";

    /** Longer than any login name allowed at sign-up. */
    static final int MAX_LOGIN_CHARS = 64;

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        if (login == null || login.length() > MAX_LOGIN_CHARS) {
            // no login name is this long: refuse before it becomes a throttle key (memory) or reaches bcrypt
            throw new BadCredentialsException("login name too long");
        }
        String address = address(authentication);
        Optional<HttpServletRequest> request = request();
        String device =
                request.map(ThrottlingAuthenticationProvider::deviceToken).orElse(null);

        Authentication result;
        // reserved before the password is hashed, so parallel guesses cannot all pass the check at once
        try (LoginThrottle.Attempt attempt = throttle.reserve(login, address, device)) {
            result = delegate.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                String token = attempt.succeeded();
                if (!token.equals(device)) {
                    response().ifPresent(r -> r.addHeader("Set-Cookie", deviceCookie(token, request.get())));
                }
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The same address every per-address throttle uses ({@link AddressThrottle#currentAddress()}). */
    private static String address(Authentication authentication) {
        Optional<String> current = AddressThrottle.currentAddress();
        if (current.isPresent()) {
            return current.get();
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? Optional.of(a.getRequest())
                : Optional.empty();
    }

    private static Optional<HttpServletResponse> response() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? Optional.ofNullable(a.getResponse())
                : Optional.empty();
    }

    private static String deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f]{48}")) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String deviceCookie(String token, HttpServletRequest request) {
        return ResponseCookie.from(DEVICE_COOKIE, token)
                .httpOnly(true)
                .secure(request != null && request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(LoginThrottle.DEVICE_TTL)
                .build()
                .toString();
    }
}
