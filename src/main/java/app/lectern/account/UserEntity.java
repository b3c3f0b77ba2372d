package app.lectern.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of {@code app_user}. */
@Entity
@Table(name = "app_user")
class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_name", nullable = false, unique = true, length = 64)
    private String loginName;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "roles", nullable = false, length = 64)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserEntity() {}

    UserEntity(String loginName, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.loginName = loginName;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = join(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    String loginName() {
        return loginName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        if (roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void addRole(Role role) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(roles());
        all.add(role);
        roles = join(all);
    }

    void disable() {
        enabled = false;
    }

    /** A new password; one the owner typed twice, so no longer a one-time password. */
    void changePasswordHash(String hash) {
        passwordHash = hash;
        mustChangePassword = false;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void requirePasswordChange(boolean required) {
        mustChangePassword = required;
    }

    UserRef toRef() {
        return new UserRef(id, loginName, displayName, roles());
    }

    private static String join(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
