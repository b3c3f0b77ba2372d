package app.lectern.account;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of an account, carrying the id and display name so no lookup is needed per request. */
final class AccountPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String displayName;

    AccountPrincipal(
            long id,
            String loginName,
            String displayName,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(loginName, passwordHash, enabled, true, true, true, authorities);
        this.id = id;
        this.displayName = displayName;
    }

    long id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
