package app.lectern.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs someone in right after they created their account (sign-up, joining a class), with the name and password
 * they just chose: through the same authentication manager as the login form (throttle, {@link SignedIn} event, so
 * the browser's self-study progress is claimed and its learner cookie renewed), then as the form login does it: a
 * new session id (no session fixation) and the security context stored in the session.
 */
@Component
public class SessionSignIn {

    private final AuthenticationManager authenticationManager;
    private final AccountUserDetailsService userDetails;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(
            AuthenticationManager authenticationManager,
            AccountUserDetailsService userDetails,
            ApplicationEventPublisher events) {
        this.authenticationManager = authenticationManager;
        this.userDetails = userDetails;
        this.events = events;
    }

    /**
     * Signs in an account a learning platform vouched for (an LTI launch whose token passed every check): no
     * password, but otherwise as {@link #signIn}: a new session id, the context in the session, a {@link SignedIn}
     * event.
     *
     * @throws org.springframework.security.authentication.DisabledException for a disabled account
     */
    public UserRef signInLinked(long userId, String loginName) {
        AccountPrincipal principal = (AccountPrincipal) userDetails.loadUserByUsername(loginName);
        if (principal.id() != userId) {
            throw new IllegalArgumentException("login name and id of different accounts");
        }
        if (!principal.isEnabled()) {
            throw new org.springframework.security.authentication.DisabledException("account disabled");
        }
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        UserRef user = store(authentication);
        events.publishEvent(new SignedIn(user));
        return user;
    }

    /**
     * Signs the account in for this request and the browser's session.
     *
     * @throws org.springframework.security.core.AuthenticationException when the name and password do not match
     */
    public UserRef signIn(String loginName, String password) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(loginName, password));
        return store(authentication);
    }

    private UserRef store(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            HttpServletRequest request = attributes.getRequest();
            HttpServletResponse response = attributes.getResponse();
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            contexts.saveContext(context, request, response);
        }
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        return new UserRef(
                principal.id(),
                principal.getUsername(),
                principal.displayName(),
                authentication.getAuthorities().stream()
                        .flatMap(a -> java.util.Arrays.stream(Role.values())
                                .filter(r -> r.authority().equals(a.getAuthority())))
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
