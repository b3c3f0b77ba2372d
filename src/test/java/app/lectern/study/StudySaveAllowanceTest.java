package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.answering.AnswerCheck;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anonymous disk growth: a learner, or the anonymous learners of one address, store a bounded number of
 * self-study answers per minute and hour, and an anonymous answer is stored smaller than a signed-in one.
 */
@LecternSpringTest
class StudySaveAllowanceTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    StudyService study;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aLearnerStoringAnswersFasterThanTheAllowanceIsToldToWaitAMinute() {
        UUID learner = UUID.randomUUID();
        int stored = 0;
        while (stored < SaveAllowance.LEARNER_PER_MINUTE) {
            stored += answerWrongUntilSettled(learner);
        }
        assertThat(storedOf(learner)).isEqualTo(SaveAllowance.LEARNER_PER_MINUTE);

        assertThatThrownBy(() -> study.submit(learner, MODULE, "captured-count", new NumericAnswer(99.0)))
                .isInstanceOf(SavingTooFastException.class)
                .hasMessage("You are answering faster than we can save; wait a minute and try again.");
        assertThat(storedOf(learner)).as("nothing stored").isEqualTo(SaveAllowance.LEARNER_PER_MINUTE);

        clock.advance(Duration.ofMinutes(1));
        study.submit(learner, MODULE, "captured-count", new NumericAnswer(99.0));
        assertThat(storedOf(learner)).isEqualTo(SaveAllowance.LEARNER_PER_MINUTE + 1);
    }

    @Test
    void anAnonymousAnswerIsStoredSmallerThanASignedInOne() {
        // within the open answer's 4,000 characters, but JSON doubles every quote: over the anonymous stored size
        String essay = "\"".repeat(StudyService.MAX_ANONYMOUS_STORED_CHARS / 2 + 10);
        assertThat(essay.length()).isLessThanOrEqualTo(AnswerCheck.MAX_OPEN_TEXT);
        UUID anonymous = UUID.randomUUID();
        assertThatThrownBy(() -> study.submit(anonymous, MODULE, "peacemaker-essay", new OpenAnswer(essay)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("Without an account")
                .hasMessageContaining(String.valueOf(StudyService.MAX_ANONYMOUS_STORED_CHARS));
        assertThat(storedOf(anonymous)).isZero();

        UUID signedIn = study.accountLearner(
                accounts.createStudent("Long Writer", "correct-horse-battery").id());
        study.submit(signedIn, MODULE, "peacemaker-essay", new OpenAnswer(essay));
        assertThat(storedOf(signedIn)).isOne();
    }

    @Test
    void theAnonymousLearnersOfOneAddressShareAnAllowancePerMinuteAndHour() {
        TestClock time = TestClock.startingAt(Instant.parse("2026-01-05T09:00:00Z"));
        SaveAllowance allowance = new SaveAllowance(time, true);
        Optional<String> school = Optional.of("203.0.113.7");
        for (int i = 0; i < SaveAllowance.ADDRESS_PER_MINUTE; i++) {
            allowance.take(UUID.randomUUID(), school); // a fresh cookie each time changes nothing
        }
        assertThatThrownBy(() -> allowance.take(UUID.randomUUID(), school)).isInstanceOf(SavingTooFastException.class);
        allowance.take(UUID.randomUUID(), Optional.of("198.51.100.9"));

        int taken = SaveAllowance.ADDRESS_PER_MINUTE;
        while (taken < SaveAllowance.ADDRESS_PER_HOUR) {
            time.advance(Duration.ofMinutes(1));
            for (int i = 0; i < SaveAllowance.ADDRESS_PER_MINUTE && taken < SaveAllowance.ADDRESS_PER_HOUR; i++) {
                allowance.take(UUID.randomUUID(), school);
                taken++;
            }
        }
        time.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> allowance.take(UUID.randomUUID(), school)).isInstanceOf(SavingTooFastException.class);
        time.advance(Duration.ofHours(1));
        allowance.take(UUID.randomUUID(), school);
    }

    /** Answers a numeric question wrong until no try is left, then starts the module over; how many were stored. */
    private int answerWrongUntilSettled(UUID learner) {
        int n = 0;
        for (int i = 0; i < StudyService.POLICY.attemptsPerQuestion(); i++) {
            study.submit(learner, MODULE, "captured-count", new NumericAnswer(99.0 + i));
            n++;
        }
        study.startOver(learner, MODULE);
        return n;
    }

    private long storedOf(UUID learner) {
        return jdbc.sql("select count(*) from study_response where learner_id = ?")
                .param(learner)
                .query(Long.class)
                .single();
    }
}
