package app.lectern.privacy;

import app.lectern.account.Role;
import java.util.List;
import java.util.Set;

/**
 * An account an admin found by searching: enough to tell who it is before exporting or erasing its data.
 *
 * @param id the account id
 * @param loginName the login name
 * @param displayName the name shown to others
 * @param roles the account's roles
 * @param enabled whether the account can log in
 * @param classes the names of the classes the account belongs to as a student or teaches, by name
 */
public record AccountMatch(
        long id, String loginName, String displayName, Set<Role> roles, boolean enabled, List<String> classes) {

    /** Copies the collections so the value stays immutable. */
    public AccountMatch {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
    }

    /** Whether {@link PrivacyService#delete} accepts it: student accounts only. */
    public boolean erasable() {
        return !roles.contains(Role.TEACHER) && !roles.contains(Role.ADMIN);
    }
}
