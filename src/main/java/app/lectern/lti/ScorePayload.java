package app.lectern.lti;

import app.lectern.classroom.attempt.StudentScore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The AGS score a platform receives for a student's current result (LTI AGS 2.0, score publish service).
 *
 * <ul>
 *   <li>No current attempt (never started, or reset by the teacher): {@code Initialized}, {@code NotReady}, no score.
 *   <li>Not submitted: {@code InProgress}, {@code NotReady}, no score.
 *   <li>Submitted (or reopened by a grant: {@code Submitted}) while the assignment withholds feedback: {@code
 *       Completed}, {@code Pending}, no score: the LMS would show it to the student before Lectern does.
 *   <li>Submitted with feedback shown: the points over every question's points, {@code FullyGraded}, or {@code
 *       PendingManual} while open answers wait for the teacher (the points so far).
 * </ul>
 */
record ScorePayload(Map<String, Object> json, String summary) {

    // summary: what the teacher's status page shows, as a code it translates: not-started, in-progress, withheld,
    // "score <points>/<max>" or "partial <points>/<max>"

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

    /** The score of this user at this time. */
    static ScorePayload of(String userId, Optional<StudentScore> current, Instant timestamp) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", userId);
        String summary;
        if (current.isEmpty()) {
            json.put("activityProgress", "Initialized");
            json.put("gradingProgress", "NotReady");
            summary = "not-started";
        } else if (!current.get().everSubmitted()) {
            json.put("activityProgress", "InProgress");
            json.put("gradingProgress", "NotReady");
            summary = "in-progress";
        } else {
            StudentScore s = current.get();
            json.put("activityProgress", s.submittedAt() != null ? "Completed" : "Submitted");
            if (!s.feedbackReleased() || s.maxPoints() <= 0) {
                json.put("gradingProgress", "Pending");
                summary = "withheld";
            } else {
                json.put("scoreGiven", Math.max(0, Math.min(s.points(), s.maxPoints())));
                json.put("scoreMaximum", s.maxPoints());
                json.put("gradingProgress", s.pendingOpen() > 0 ? "PendingManual" : "FullyGraded");
                summary = (s.pendingOpen() > 0 ? "partial " : "score ") + points(s.points()) + "/"
                        + points(s.maxPoints());
            }
        }
        json.put("timestamp", TIMESTAMP.format(timestamp.atOffset(ZoneOffset.UTC)));
        return new ScorePayload(json, summary);
    }

    private static String points(double p) {
        return java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }
}
