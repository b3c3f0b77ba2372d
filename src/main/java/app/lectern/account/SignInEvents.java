package app.lectern.account;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;

/**
 * Turns a successful password check into a {@link SignedIn} event and a refused one into {@link SignInFailed} (for
 * metrics). Failures are counted for throttling by {@link LoginThrottle}, not here.
 */
final class SignInEvents implements AuthenticationEventPublisher {

    private final ApplicationEventPublisher publisher;

    SignInEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        if (authentication.getPrincipal() instanceof AccountPrincipal p) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(authority.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
            publisher.publishEvent(new SignedIn(new UserRef(p.id(), p.getUsername(), p.displayName(), roles)));
        }
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        SignInFailed.Reason reason = switch (exception) {
            case LoginThrottledException throttled -> SignInFailed.Reason.THROTTLED;
            case BadCredentialsException bad -> SignInFailed.Reason.BAD_CREDENTIALS;
            default -> SignInFailed.Reason.OTHER;
        };
        publisher.publishEvent(new SignInFailed(reason));
    }
}
