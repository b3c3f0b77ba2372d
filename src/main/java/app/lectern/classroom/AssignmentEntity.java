package app.lectern.classroom;

import app.lectern.classroom.roster.ClassInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code assignment}. */
@Entity
@Table(name = "assignment")
class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(nullable = false)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "attempts_per_question", nullable = false)
    private int attemptsPerQuestion;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_timing", nullable = false, length = 20)
    private FeedbackTiming feedbackTiming;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "late_accepted", nullable = false)
    private boolean lateAccepted;

    @Column(name = "self_study_key_held_back", nullable = false)
    private boolean selfStudyKeyHeldBack;

    @Column(name = "notes_shared", nullable = false)
    private boolean notesShared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AssignmentEntity() {}

    AssignmentEntity(
            long classId,
            String moduleId,
            int moduleVersion,
            String title,
            Instant opensAt,
            Instant dueAt,
            AssignmentSettings settings,
            Instant now) {
        this.classId = classId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.title = title;
        this.opensAt = opensAt;
        this.dueAt = dueAt;
        this.attemptsPerQuestion = settings.attemptsPerQuestion();
        this.feedbackTiming = settings.feedbackTiming();
        this.shuffleOptions = settings.shuffleOptions();
        this.lateAccepted = settings.lateAccepted();
        this.selfStudyKeyHeldBack = settings.selfStudyKeyHeldBack();
        this.notesShared = settings.notesShared();
        this.createdAt = now;
    }

    long classId() {
        return classId;
    }

    Assignment toRecord(ClassInfo schoolClass) {
        return new Assignment(
                id,
                classId,
                schoolClass.name(),
                schoolClass.zone(),
                moduleId,
                moduleVersion,
                title,
                opensAt,
                dueAt,
                attemptsPerQuestion,
                feedbackTiming,
                shuffleOptions,
                lateAccepted,
                selfStudyKeyHeldBack,
                notesShared);
    }
}
