package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.classroom.attempt.StudentScore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain rules: the score's shape in every state, the scores URL, the backoff. */
class GradeRulesTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:15:30.123Z");

    @Test
    void aReleasedScoreCarriesThePointsAndWhetherOpenAnswersWait() {
        var full = ScorePayload.of("u1", Optional.of(new StudentScore(7, 10, 0, AT, true, true, null)), AT);
        assertThat(full.json())
                .containsEntry("userId", "u1")
                .containsEntry("scoreGiven", 7.0)
                .containsEntry("scoreMaximum", 10.0)
                .containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded")
                .containsEntry("timestamp", "2026-12-03T10:15:30.123+00:00");
        assertThat(full.summary()).isEqualTo("score 7/10");

        var partial = ScorePayload.of("u1", Optional.of(new StudentScore(5, 10, 1, AT, true, true, null)), AT);
        assertThat(partial.json()).containsEntry("gradingProgress", "PendingManual");
        assertThat(partial.summary()).isEqualTo("partial 5/10");
    }

    @Test
    void aWithheldScoreOrAnUnfinishedAttemptSendsNoPoints() {
        var withheld = ScorePayload.of("u1", Optional.of(new StudentScore(7, 10, 0, AT, true, false, AT)), AT);
        assertThat(withheld.json()).doesNotContainKeys("scoreGiven", "scoreMaximum");
        assertThat(withheld.json()).containsEntry("gradingProgress", "Pending");

        var reopened = ScorePayload.of("u1", Optional.of(new StudentScore(7, 10, 0, null, true, true, null)), AT);
        assertThat(reopened.json()).containsEntry("activityProgress", "Submitted");

        var working = ScorePayload.of("u1", Optional.of(new StudentScore(7, 10, 0, null, false, true, null)), AT);
        assertThat(working.json())
                .containsEntry("activityProgress", "InProgress")
                .containsEntry("gradingProgress", "NotReady")
                .doesNotContainKey("scoreGiven");

        var reset = ScorePayload.of("u1", Optional.empty(), AT);
        assertThat(reset.json())
                .containsEntry("activityProgress", "Initialized")
                .doesNotContainKey("scoreGiven");
    }

    @Test
    void theScoresUrlKeepsTheLineItemsQuery() {
        assertThat(ScoreSender.scoresUrl(URI.create("https://lms.example/api/lineitems/7")))
                .isEqualTo(URI.create("https://lms.example/api/lineitems/7/scores"));
        assertThat(ScoreSender.scoresUrl(
                        URI.create("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3")))
                .isEqualTo(
                        URI.create("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3"));
    }

    @Test
    void retriesDoubleTheWaitUpToAnHour() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void platformUrlsMustBeHttpsOrLoopback() {
        assertThat(PlatformHttp.url("https://lms.example/x")).isPresent();
        assertThat(PlatformHttp.url("http://127.0.0.1:8080/x")).isPresent();
        assertThat(PlatformHttp.url("http://lms.example/x")).isEmpty();
        assertThat(PlatformHttp.url("https://user:pw@lms.example/x")).isEmpty();
        assertThat(PlatformHttp.url("file:///etc/passwd")).isEmpty();
        assertThat(PlatformHttp.url("https://lms.example/" + "a".repeat(1000))).isEmpty();
    }
}
