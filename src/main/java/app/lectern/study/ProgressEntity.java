package app.lectern.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Where a learner is in one module, and which round (start-overs) they are on. */
@Entity
@Table(name = "study_progress")
@IdClass(ProgressEntity.Key.class)
class ProgressEntity {

    /** Composite key. */
    record Key(UUID learnerId, String moduleId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "learner_id")
    private UUID learnerId;

    @Id
    @Column(name = "module_id")
    private String moduleId;

    @Column(nullable = false)
    private int round;

    @Column(name = "last_section_id")
    private String lastSectionId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgressEntity() {}

    ProgressEntity(UUID learnerId, String moduleId, Instant now) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.round = 1;
        this.updatedAt = now;
    }

    int round() {
        return round;
    }

    String lastSectionId() {
        return lastSectionId;
    }

    void visit(String sectionId, Instant now) {
        lastSectionId = sectionId;
        updatedAt = now;
    }

    void nextRound(Instant now) {
        round++;
        lastSectionId = null;
        updatedAt = now;
    }
}
