package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.answering.AlreadyAnsweredException;
import app.lectern.answering.Feedback;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Self-study against the shipped seed module and a real (file) H2 database. */
@LecternSpringTest
class StudyServiceTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    StudyService study;

    @Autowired
    JdbcClient jdbc;

    private final UUID learner = UUID.randomUUID();

    @Test
    void aRightAnswerIsStoredAndItsFeedbackRestored() {
        Feedback feedback = study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));

        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.score()).isEqualTo(1.0);
        assertThat(feedback.explanation()).contains("officials in Kyiv");
        assertThat(feedback.evidence().section()).isEqualTo("kyiv-accuses");
        assertThat(storedResponses()).isEqualTo(1);

        LearnerProgress progress = study.progress(learner, MODULE);
        assertThat(progress.answers()).containsEntry("who-says-150", new SingleAnswer("c"));
        assertThat(progress.feedback().get("who-says-150").correct()).isTrue();
    }

    @Test
    void aWrongAnswerKeepsTheKeyBackUntilNoTriesAreLeft() {
        Feedback first = study.submit(learner, MODULE, "who-says-150", new SingleAnswer("a"));

        assertThat(first.correct()).isFalse();
        assertThat(first.canRetry()).isTrue();
        assertThat(first.explanation()).isNull();
        assertThat(first.correctAnswer()).isNull();
        assertThat(first.evidence()).as("the evidence would point at the key").isNull();
        assertThat(first.optionFeedback()).contains("rejects the allegations");

        Feedback last = null;
        for (int i = 1; i < StudyService.POLICY.attemptsPerQuestion(); i++) {
            last = study.submit(learner, MODULE, "who-says-150", new SingleAnswer("b"));
        }
        assertThat(last.canRetry()).isFalse();
        assertThat(last.explanation()).isNotBlank();
        assertThat(last.correctAnswer()).contains("Officials in Kyiv");
        assertThat(last.evidence().quote()).contains("150 Chinese mercenaries");
        assertThatThrownBy(() -> study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c")))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(storedResponses()).isEqualTo(StudyService.POLICY.attemptsPerQuestion());
    }

    @Test
    void aSecondTryEarnsLessThanAFirst() {
        study.submit(learner, MODULE, "captured-count", new NumericAnswer(3.0));
        Feedback second = study.submit(learner, MODULE, "captured-count", new NumericAnswer(2.0));

        assertThat(second.correct()).isTrue();
        assertThat(second.score()).isLessThan(second.maxPoints()).isPositive();
    }

    @Test
    void anEmptyPickSentStraightToTheServiceIsRefusedAndUsesNoTry() {
        assertThatThrownBy(() -> study.submit(learner, MODULE, "neutrality-includes", new MultipleAnswer(Set.of())))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("pick at least one option");
        assertThatThrownBy(
                        () -> study.submit(learner, MODULE, "western-concern-evidence", new HighlightAnswer(Set.of())))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("pick at least one sentence");
        assertThat(storedResponses()).isZero();
        assertThat(study.submit(learner, MODULE, "neutrality-includes", new MultipleAnswer(Set.of("a")))
                        .attemptsLeft())
                .as("the refused answers used no try")
                .isEqualTo(StudyService.POLICY.attemptsPerQuestion() - 1);
    }

    @Test
    void badInputIsRefusedWithAMessageAndStoresNothing() {
        assertThatThrownBy(() -> study.submit(learner, MODULE, "who-says-150", new SingleAnswer("zz")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> study.submit(learner, MODULE, "who-says-150", new NumericAnswer(1.0)))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> study.submit(learner, MODULE, "no-such-question", new SingleAnswer("a")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> study.submit(learner, "no-such-module", "x", new SingleAnswer("a")))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(storedResponses()).isZero();
    }

    @Test
    void retryWhatIMissedReopensOnlyMissedQuestionsAndKeepsTheirHistory() {
        study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));
        for (int i = 0; i < StudyService.POLICY.attemptsPerQuestion(); i++) {
            study.submit(learner, MODULE, "captured-count", new NumericAnswer(5.0));
        }

        assertThat(study.retryMissed(learner, MODULE)).containsExactly("captured-count");

        LearnerProgress progress = study.progress(learner, MODULE);
        assertThat(progress.feedback()).containsOnlyKeys("who-says-150");
        Feedback again = study.submit(learner, MODULE, "captured-count", new NumericAnswer(2.0));
        assertThat(again.correct()).isTrue();
        assertThat(again.score())
                .as("a retry never earns more than the last regular try")
                .isLessThanOrEqualTo(1.0
                        - StudyService.POLICY.penaltyPerExtraTry() * (StudyService.POLICY.attemptsPerQuestion() - 1));
        assertThat(storedResponses()).isEqualTo(StudyService.POLICY.attemptsPerQuestion() + 2);
    }

    @Test
    void retryWhatIMissedLeavesQuestionsWithTriesLeftAlone() {
        study.submit(learner, MODULE, "captured-count", new NumericAnswer(5.0));

        assertThat(study.retryMissed(learner, MODULE)).isEmpty();
        assertThat(study.progress(learner, MODULE).feedback()).containsKey("captured-count");
    }

    @Test
    void forgedOrOversizedAnswersAreRefused() {
        assertThatThrownBy(() -> study.submit(
                        learner, MODULE, "citizens-not-state", new HighlightAnswer(Set.of("Anything I like."))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("not a sentence of the section");
        assertThatThrownBy(() -> study.submit(learner, MODULE, "baseless-phrase", new ShortAnswer("x".repeat(30_000))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("too long");
        assertThat(storedResponses()).isZero();
    }

    @Test
    void startOverBeginsAFreshRoundWithoutDeletingAnswers() {
        study.visit(learner, MODULE, "the-fighters");
        study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));

        study.startOver(learner, MODULE);

        LearnerProgress progress = study.progress(learner, MODULE);
        assertThat(progress.feedback()).isEmpty();
        assertThat(progress.lastSectionId()).isNull();
        assertThat(study.result(learner, MODULE).points()).isZero();
        assertThat(storedResponses()).isEqualTo(1);
    }

    @Test
    void progressAndResultFollowTheLearner() {
        study.visit(learner, MODULE, "the-fighters");
        study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));

        assertThat(study.progress(learner, MODULE).lastSectionId()).isEqualTo("the-fighters");
        assertThat(study.result(learner, MODULE).points()).isEqualTo(1.0);
        // the library lists every shipped module; this learner answered in MODULE only
        assertThat(study.library(learner))
                .filteredOn(e -> e.module().id().equals(MODULE))
                .singleElement()
                .satisfies(e -> assertThat(e.answered()).isEqualTo(1));
        assertThat(study.library(learner))
                .filteredOn(e -> !e.module().id().equals(MODULE))
                .allSatisfy(e -> assertThat(e.answered()).isZero());
        assertThat(study.library(UUID.randomUUID()))
                .filteredOn(e -> e.module().id().equals(MODULE))
                .singleElement()
                .satisfies(e -> assertThat(e.answered()).isZero());
    }

    @Test
    void aDoubleClickOrASecondTabStoresOneResponse() throws Exception {
        // a new learner's first answer, sent by several requests at the same moment: learner, progress and response
        // rows are all created by whichever request comes first
        int clicks = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        try {
            List<Future<Feedback>> results = new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));
                }));
            }
            start.countDown();
            int graded = 0;
            for (Future<Feedback> result : results) {
                try {
                    assertThat(result.get().correct()).isTrue();
                    graded++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AlreadyAnsweredException.class);
                }
            }
            assertThat(graded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedResponses()).isEqualTo(1);
        assertThat(study.progress(learner, MODULE).feedback()).containsOnlyKeys("who-says-150");
    }

    private int storedResponses() {
        return jdbc.sql("select count(*) from study_response where learner_id = ?")
                .param(learner)
                .query(Integer.class)
                .single();
    }
}
