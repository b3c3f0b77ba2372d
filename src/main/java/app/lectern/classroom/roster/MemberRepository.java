package app.lectern.classroom.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Class memberships; only {@link RosterService} uses it. */
interface MemberRepository extends JpaRepository<MemberEntity, MemberEntity.Key> {

    List<MemberEntity> findByClassIdOrderByJoinedAtAsc(long classId);

    List<MemberEntity> findByStudentId(long studentId);

    long countByClassId(long classId);

    long countByStudentId(long studentId);
}
