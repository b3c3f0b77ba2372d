package app.lectern.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts; only this package uses it. */
interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByLoginName(String loginName);

    boolean existsByLoginName(String loginName);
}
