package app.lectern.account;

import java.util.Set;

/**
 * A signed-in user as services see them.
 *
 * @param id the account id
 * @param loginName the lower-case login name
 * @param displayName the name shown to others
 * @param roles the account's roles
 */
public record UserRef(long id, String loginName, String displayName, Set<Role> roles) {

    /** Copies the roles so the value stays immutable. */
    public UserRef {
        roles = Set.copyOf(roles);
    }

    /** Whether the user has the role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
