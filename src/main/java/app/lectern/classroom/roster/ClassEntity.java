package app.lectern.classroom.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** A row of {@code school_class}. */
@Entity
@Table(name = "school_class")
class ClassEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "join_code", nullable = false, unique = true)
    private String joinCode;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClassEntity() {}

    ClassEntity(long teacherId, String name, ZoneId zone, String joinCode, Instant now) {
        this.teacherId = teacherId;
        this.name = name;
        this.timeZone = zone.getId();
        this.joinCode = joinCode;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long teacherId() {
        return teacherId;
    }

    String name() {
        return name;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    String joinCode() {
        return joinCode;
    }

    boolean archived() {
        return archived;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void archived(boolean value) {
        this.archived = value;
    }

    void joinCode(String code) {
        this.joinCode = code;
    }
}
