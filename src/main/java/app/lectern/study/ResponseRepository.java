package app.lectern.study;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Submitted answers; only {@link StudyService} uses it. */
interface ResponseRepository extends JpaRepository<ResponseEntity, Long> {

    @Query("select r from ResponseEntity r where r.learnerId = ?1 and r.moduleId = ?2 and r.round = ?3"
            + " order by r.questionId, r.seq")
    List<ResponseEntity> inRound(UUID learnerId, String moduleId, int round);

    @Query("select r from ResponseEntity r, ProgressEntity p where r.learnerId = ?1 and p.learnerId = r.learnerId"
            + " and p.moduleId = r.moduleId and r.round = p.round and r.reopened = false")
    List<ResponseEntity> currentOfLearner(UUID learnerId);

    @Modifying
    @Query("update ResponseEntity r set r.reopened = true where r.learnerId = ?1 and r.moduleId = ?2"
            + " and r.round = ?3 and r.questionId in ?4")
    int reopen(UUID learnerId, String moduleId, int round, List<String> questionIds);
}
