package app.lectern.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
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
        // only the day matters (retention counts days); not writing the row on every answer saves an UPDATE
        if (lastSeenAt == null || lastSeenAt.isBefore(now.minus(Duration.ofHours(1)))) {
            lastSeenAt = now;
        }
    }
}
