package app.lectern.study;

import org.springframework.data.jpa.repository.JpaRepository;

/** Per-module progress; only {@link StudyService} uses it. */
interface ProgressRepository extends JpaRepository<ProgressEntity, ProgressEntity.Key> {}
