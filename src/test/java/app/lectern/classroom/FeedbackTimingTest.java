package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When an assignment releases feedback. */
class FeedbackTimingTest {

    @Test
    void immediateFeedbackIsAlwaysReleased() {
        assertThat(FeedbackTiming.IMMEDIATE.releasedNow(false, false)).isTrue();
    }

    @Test
    void feedbackAfterSubmitWaitsForTheAttemptToBeFinal() {
        assertThat(FeedbackTiming.AFTER_SUBMIT.releasedNow(false, true)).isFalse();
        assertThat(FeedbackTiming.AFTER_SUBMIT.releasedNow(true, false)).isTrue();
    }

    @Test
    void feedbackAfterTheDueDateWaitsForTheDueDateEvenAfterASubmit() {
        assertThat(FeedbackTiming.AFTER_DUE.releasedNow(true, false)).isFalse();
        assertThat(FeedbackTiming.AFTER_DUE.releasedNow(true, true)).isTrue();
    }

    @Test
    void feedbackAfterTheDueDateWaitsWhileLateAnswersAreStillAccepted() {
        assertThat(FeedbackTiming.AFTER_DUE.releasedNow(false, true)).isFalse();
    }
}
