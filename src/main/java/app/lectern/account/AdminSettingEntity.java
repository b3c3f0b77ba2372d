package app.lectern.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When {@code lectern.admin} first named a login name. */
@Entity
@Table(name = "admin_setting")
class AdminSettingEntity {

    @Id
    @Column(name = "login_name", length = 64)
    private String loginName;

    @Column(name = "first_named_at", nullable = false)
    private Instant firstNamedAt;

    protected AdminSettingEntity() {}

    AdminSettingEntity(String loginName, Instant firstNamedAt) {
        this.loginName = loginName;
        this.firstNamedAt = firstNamedAt;
    }

    Instant firstNamedAt() {
        return firstNamedAt;
    }
}
