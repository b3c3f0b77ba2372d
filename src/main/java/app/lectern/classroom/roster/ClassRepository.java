package app.lectern.classroom.roster;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Classes; only {@link RosterService} uses it. */
interface ClassRepository extends JpaRepository<ClassEntity, Long> {

    List<ClassEntity> findByTeacherIdOrderByArchivedAscNameAsc(long teacherId);

    Optional<ClassEntity> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
