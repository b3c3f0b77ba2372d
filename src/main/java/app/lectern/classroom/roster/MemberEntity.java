package app.lectern.classroom.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A row of {@code class_member}: one student in one class. */
@Entity
@Table(name = "class_member")
@IdClass(MemberEntity.Key.class)
class MemberEntity {

    /** Composite key. */
    record Key(Long classId, Long studentId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "class_id")
    private Long classId;

    @Id
    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "created_here", nullable = false)
    private boolean createdHere;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected MemberEntity() {}

    MemberEntity(long classId, long studentId, boolean createdHere, Instant now) {
        this.classId = classId;
        this.studentId = studentId;
        this.createdHere = createdHere;
        this.joinedAt = now;
    }

    long classId() {
        return classId;
    }

    long studentId() {
        return studentId;
    }

    boolean createdHere() {
        return createdHere;
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
