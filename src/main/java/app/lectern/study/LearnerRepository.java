package app.lectern.study;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Learners; only {@link StudyService} uses it. */
interface LearnerRepository extends JpaRepository<LearnerEntity, UUID> {}
