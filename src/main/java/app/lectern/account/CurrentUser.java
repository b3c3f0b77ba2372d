package app.lectern.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request, read from Spring Security's context and checked against the database on every
 * call, so an account that a teacher disabled stops working in sessions that are already open.
 */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    /** The signed-in user, or empty for an anonymous visitor. */
    public Optional<UserRef> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof AccountPrincipal p)) {
            return Optional.empty();
        }
        if (!users.findById(p.id()).map(UserEntity::enabled).orElse(false)) {
            SecurityContextHolder.clearContext();
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
