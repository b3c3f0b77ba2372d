package app.lectern.account;

import org.springframework.data.jpa.repository.JpaRepository;

/** When {@code lectern.admin} first named each login name; only this package uses it. */
interface AdminSettingRepository extends JpaRepository<AdminSettingEntity, String> {}
