package app.lectern.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, read from Spring Security's context. */
@Component
public class CurrentUser {

    /** The signed-in user, or empty for an anonymous visitor. */
    public Optional<UserRef> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof AccountPrincipal p)) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return Optional.of(new UserRef(p.id(), p.getUsername(), p.displayName(), roles));
    }

    /**
     * The signed-in user.
     *
     * @throws AccessDeniedException for an anonymous visitor
     */
    public UserRef require() {
        return get().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
