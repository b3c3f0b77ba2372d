package app.lectern.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Accounts; only this package uses it. */
interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByLoginName(String loginName);

    boolean existsByLoginName(String loginName);

    /** Takes the sign-up row lock until the transaction ends; concurrent sign-ups wait here. */
    @Query(value = "select id from signup_lock where id = 1 for update", nativeQuery = true)
    Integer lockSignUps();
}
