package app.lectern.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An anonymous learner: only a random id and two timestamps. */
@Entity
@Table(name = "learner")
class LearnerEntity {

    @Id
    private UUID id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected LearnerEntity() {}

    LearnerEntity(UUID id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    UUID id() {
        return id;
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }
}
