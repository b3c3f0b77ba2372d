package app.lectern.study;

import app.lectern.answering.StoredResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One submitted answer with its score, stored before the learner sees feedback. */
@Entity
@Table(name = "study_response")
class ResponseEntity implements StoredResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    UUID learnerId;

    @Column(name = "module_id", nullable = false)
    String moduleId;

    @Column(name = "module_version", nullable = false)
    int moduleVersion;

    @Column(nullable = false)
    int round;

    @Column(name = "question_id", nullable = false)
    String questionId;

    /** Position among all of this question's responses in the round; unique, so a double submit stores one. */
    @Column(nullable = false)
    int seq;

    /** The try the retry policy counts: responses since the question was last reopened. */
    @Column(name = "try_no", nullable = false)
    int tryNo;

    @Column(name = "question_type", nullable = false)
    String questionType;

    @Column(name = "answer_json", nullable = false, length = 20000)
    String answerJson;

    @Column(nullable = false)
    double points;

    @Column(name = "max_points", nullable = false)
    double maxPoints;

    @Column(nullable = false)
    double fraction;

    @Column(nullable = false)
    boolean pending;

    @Column(name = "hint_used", nullable = false)
    boolean hintUsed;

    @Column(nullable = false)
    boolean reopened;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected ResponseEntity() {}

    ResponseEntity(UUID learnerId, String moduleId, int moduleVersion, int round, String questionId) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.round = round;
        this.questionId = questionId;
    }

    @Override
    public int tryNo() {
        return tryNo;
    }

    @Override
    public double points() {
        return points;
    }

    @Override
    public double maxPoints() {
        return maxPoints;
    }

    @Override
    public double fraction() {
        return fraction;
    }

    @Override
    public boolean pending() {
        return pending;
    }

    @Override
    public boolean hintUsed() {
        return hintUsed;
    }
}
