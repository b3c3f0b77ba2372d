package app.lectern.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Assignments; only {@link ClassroomService} uses it. */
interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByClassIdOrderByDueAtAsc(long classId);

    List<AssignmentEntity> findByClassIdInOrderByDueAtAsc(Collection<Long> classIds);
}
