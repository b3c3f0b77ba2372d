package app.lectern.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.answering.Feedback;
import app.lectern.content.Claim;
import app.lectern.content.ClaimStatus;
import app.lectern.content.Evidence;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.content.Source;
import app.lectern.content.TimelineEvent;
import app.lectern.question.Option;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.single.SingleQuestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which reading aids stay locked while they would answer a question the learner has not settled. */
class AidReleaseTest {

    private static final Evidence SINGLE_EVIDENCE = new Evidence(null, "Kyiv says 150 mercenaries fight.");

    private static final OrderQuestion ORDER = new OrderQuestion(
            base("order-q", null),
            List.of(new OrderItem("a", "Crimea"), new OrderItem("b", "Invasion"), new OrderItem("c", "Sanctions")));

    /** Offers the sentences of its own section, "concerns". */
    private static final HighlightQuestion HIGHLIGHT = new HighlightQuestion(
            base("highlight-q", null), null, List.of("They are concerned that   Beijing is sending officers"), null);

    private static final SingleQuestion SINGLE = new SingleQuestion(
            base("single-q", SINGLE_EVIDENCE),
            List.of(new Option("kyiv", "Kyiv", null), new Option("moscow", "Moscow", null)),
            "kyiv");

    /** The steps of an argument: no event of the timeline, not about chronology. */
    private static final OrderQuestion ARGUMENT = new OrderQuestion(
            new QuestionBase("argument-q", "test", "Prompt", 1.0, Skill.MAIN_IDEA, "Because.", null, null),
            List.of(
                    new OrderItem("a", "The accusation"),
                    new OrderItem("b", "The background"),
                    new OrderItem("c", "The outlook")));

    private static final TimelineEvent CRIMEA = new TimelineEvent("2014-03", "Russia annexes  Crimea");
    private static final TimelineEvent INVASION = new TimelineEvent("2022-02", "Invasion");
    private static final TimelineEvent SANCTIONS = new TimelineEvent("2022-03", "Sanctions follow");
    private static final TimelineEvent TALKS = new TimelineEvent("2022-03", "Talks in Istanbul");

    private static final LearningModule MODULE = module(List.of(SINGLE, ORDER, ARGUMENT));

    private static LearningModule module(List<app.lectern.content.Question> firstSection) {
        return new LearningModule(
                "aid-module",
                1,
                "Aids",
                "A module for tests.",
                "en",
                "Grades 9–12",
                10,
                List.of(),
                new Source(null, "Katherine Spencer", null, "Atlantic Council", "2025", null),
                List.of("Test aids."),
                List.of(),
                List.of(CRIMEA, INVASION, SANCTIONS, TALKS),
                List.of(),
                List.of(
                        new Section("fighters", "Fighters", "Kyiv says 150 mercenaries fight.", firstSection),
                        new Section(
                                "concerns",
                                "Concerns",
                                "They are concerned that Beijing is sending officers to observe the war.",
                                List.of(HIGHLIGHT))),
                List.of());
    }

    /** Marks the whole key sentence and more. */
    private static final Evidence CLAIM_QUOTE =
            new Evidence("concerns", "They are concerned that Beijing is sending officers to observe the war.");

    private static QuestionBase base(String id, Evidence evidence) {
        return new QuestionBase(id, "test", "Prompt", 1.0, Skill.RECALL, "Because.", evidence, null);
    }

    private static Feedback wrong(String questionId, int attemptsLeft) {
        return new Feedback(
                questionId,
                0,
                1,
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                1,
                attemptsLeft,
                null,
                false,
                null);
    }

    private static Feedback right(String questionId, Evidence evidence) {
        return new Feedback(
                questionId, 1, 1, true, false, false, "Because.", null, null, null, evidence, 1, 0, null, false, null);
    }

    private static AidRelease aids(Map<String, Feedback> feedback) {
        return new AidRelease(MODULE, feedback, false);
    }

    @Test
    void aQuestionIsSettledOnceAnsweredWithNoTryLeft() {
        assertThat(aids(Map.of()).settled(ORDER)).as("unanswered").isFalse();
        assertThat(aids(Map.of("order-q", wrong("order-q", 1))).settled(ORDER))
                .as("a try left")
                .isFalse();
        assertThat(aids(Map.of("order-q", wrong("order-q", 0))).settled(ORDER))
                .as("out of tries")
                .isTrue();
        assertThat(aids(Map.of("order-q", right("order-q", null))).settled(ORDER))
                .as("right")
                .isTrue();
    }

    @Test
    void nothingIsSettledWhileFeedbackIsWithheld() {
        AidRelease withheld = new AidRelease(
                MODULE, Map.of("order-q", right("order-q", null), "highlight-q", right("highlight-q", null)), true);

        assertThat(withheld.settled(ORDER)).isFalse();
        assertThat(withheld.timelineReleased()).isFalse();
        assertThat(withheld.quoteReleased(CLAIM_QUOTE)).isFalse();
    }

    @Test
    void anAidEntryIsReleasedOnlyWhenEveryQuestionItWouldAnswerIsSettled() {
        AidRelease aids = aids(Map.of("order-q", right("order-q", null)));

        assertThat(aids.released(List.of())).as("answers nothing").isTrue();
        assertThat(aids.released(List.of(ORDER))).isTrue();
        assertThat(aids.released(List.of(ORDER, HIGHLIGHT))).isFalse();
    }

    @Test
    void theTimelineStaysLockedWhileAnOrderingQuestionIsOpen() {
        assertThat(aids(Map.of()).answeredByTimeline()).containsExactly(ORDER);
        assertThat(aids(Map.of()).timelineReleased()).isFalse();
        assertThat(aids(Map.of("order-q", wrong("order-q", 1))).timelineReleased())
                .as("a try left")
                .isFalse();
        assertThat(aids(Map.of("order-q", wrong("order-q", 0))).timelineReleased())
                .isTrue();
    }

    @Test
    void theTimelineUnlocksPerOrderingQuestionNotPerModule() {
        AidRelease open = aids(Map.of());
        assertThat(open.answeredByEvent(CRIMEA)).as("an item within the event").containsExactly(ORDER);
        assertThat(open.answeredByEvent(INVASION)).as("the same text").containsExactly(ORDER);
        assertThat(open.eventReleased(CRIMEA)).isFalse();
        assertThat(open.eventReleased(SANCTIONS)).isFalse();
        assertThat(open.eventReleased(TALKS))
                .as("named by no ordering question")
                .isTrue();

        AidRelease orderSettled = aids(Map.of("order-q", wrong("order-q", 0)));
        assertThat(orderSettled.eventReleased(CRIMEA)).isTrue();
        assertThat(orderSettled.timelineReleased())
                .as("the open argument question names no event and is not about chronology")
                .isTrue();
        assertThat(open.answeredByTimeline()).doesNotContain(ARGUMENT);
    }

    @Test
    void aModulePublishedAgainIsJudgedByItsOwnQuestions() {
        OrderQuestion dates = new OrderQuestion(
                new QuestionBase("dates-q", "test", "Prompt", 1.0, Skill.CHRONOLOGY, "Because.", null, null),
                List.of(new OrderItem("a", "Spring"), new OrderItem("b", "Summer"), new OrderItem("c", "Autumn")));
        LearningModule withDates = module(List.of(dates));
        assertThat(new AidRelease(withDates, Map.of(), false).eventReleased(TALKS))
                .as("the chronology question locks the event")
                .isFalse();

        // the same module id and the same timeline objects, republished without that question
        LearningModule without = module(List.of(SINGLE));
        assertThat(new AidRelease(without, Map.of(), false).eventReleased(TALKS))
                .as("nothing of the earlier version is remembered")
                .isTrue();
        assertThat(new AidRelease(withDates, Map.of(), false).lock(TALKS).toAnswer())
                .containsExactly(1);
    }

    @Test
    void aChronologyQuestionThatNamesNoEventLocksEveryEvent() {
        OrderQuestion dates = new OrderQuestion(
                new QuestionBase("dates-q", "test", "Prompt", 1.0, Skill.CHRONOLOGY, "Because.", null, null),
                List.of(new OrderItem("a", "Spring"), new OrderItem("b", "Summer"), new OrderItem("c", "Autumn")));
        LearningModule module = module(List.of(dates));

        AidRelease open = new AidRelease(module, Map.of(), false);
        assertThat(module.timeline()).allMatch(e -> !open.eventReleased(e));
        assertThat(open.answeredByTimeline()).containsExactly(dates);
        AidRelease settled = new AidRelease(module, Map.of("dates-q", right("dates-q", null)), false);
        assertThat(module.timeline()).allMatch(settled::eventReleased);
        assertThat(new AidRelease(module, Map.of("dates-q", right("dates-q", null)), true).eventReleased(TALKS))
                .as("withheld feedback settles nothing")
                .isFalse();
    }

    @Test
    void aClaimQuoteThatWouldMarkAnOpenHighlightKeyStaysLocked() {
        assertThat(aids(Map.of()).answeredByQuote(CLAIM_QUOTE)).containsExactly(HIGHLIGHT);
        assertThat(aids(Map.of()).quoteReleased(CLAIM_QUOTE)).isFalse();
        assertThat(aids(Map.of("highlight-q", right("highlight-q", null))).quoteReleased(CLAIM_QUOTE))
                .isTrue();
    }

    @Test
    void aQuotePartOfAKeySentenceCountsAndWhiteSpaceDoesNot() {
        Evidence part = new Evidence("concerns", "Beijing is\nsending");

        assertThat(aids(Map.of()).answeredByQuote(part)).containsExactly(HIGHLIGHT);
    }

    @Test
    void aQuoteOnAnotherSectionOrElsewhereInTheTextAnswersNothing() {
        Evidence otherSection =
                new Evidence("fighters", "They are concerned that Beijing is sending officers to observe the war.");
        Evidence otherWords = new Evidence("concerns", "to observe the war.");
        Evidence anySection = new Evidence(null, "Beijing is sending officers");

        assertThat(aids(Map.of()).quoteReleased(otherSection)).isTrue();
        assertThat(aids(Map.of()).quoteReleased(otherWords)).isTrue();
        assertThat(aids(Map.of()).answeredByQuote(anySection))
                .as("a quote that names no section is checked against every highlight question")
                .containsExactly(HIGHLIGHT);
    }

    @Test
    void aQuestionsEvidenceOnlyOnceItsFeedbackCarriedIt() {
        assertThat(aids(Map.of()).questionEvidence("single-q")).isEmpty();
        assertThat(aids(Map.of("single-q", wrong("single-q", 1))).questionEvidence("single-q"))
                .isEmpty();
        assertThat(aids(Map.of("single-q", right("single-q", SINGLE_EVIDENCE))).questionEvidence("single-q"))
                .as("section resolved to the question's own")
                .contains(new Evidence("fighters", SINGLE_EVIDENCE.quote()));
        assertThat(aids(Map.of()).questionEvidence("no-such-question")).isEmpty();
    }

    @Test
    void aGlossaryEntryIsLockedUntilEveryQuestionItDeclaresIsSettledNamingThemByTheirNumbers() {
        GlossaryEntry entry = new GlossaryEntry("mercenary", "A fighter paid.", List.of("highlight-q", "single-q"));

        assertThat(aids(Map.of()).lock(entry).toAnswer())
                .as("the numbers the reader shows, in order")
                .containsExactly(1, 4);
        assertThat(aids(Map.of("single-q", wrong("single-q", 1))).lock(entry).toAnswer())
                .as("a try left is still open")
                .containsExactly(1, 4);
        assertThat(aids(Map.of("single-q", right("single-q", null))).lock(entry).toAnswer())
                .containsExactly(4);
        AidRelease.Lock settled = aids(Map.of(
                        "single-q", right("single-q", null), "highlight-q", wrong("highlight-q", 0)))
                .lock(entry);
        assertThat(settled.locked()).isFalse();
        assertThat(aids(Map.of()).lock(new GlossaryEntry("sanction", "A penalty.")))
                .as("an entry that declares nothing")
                .isEqualTo(AidRelease.Lock.NONE);
    }

    @Test
    void anEntryThatWouldAnswerAQuestionThisFormDoesNotHoldNeverOpens() {
        GlossaryEntry entry = new GlossaryEntry("tacit", "Unspoken.", List.of("assessment-only-q", "single-q"));

        AidRelease.Lock lock = aids(Map.of("single-q", right("single-q", null))).lock(entry);

        assertThat(lock.locked()).isTrue();
        assertThat(lock.heldBack()).isTrue();
        assertThat(lock.toAnswer()).isEmpty();
    }

    @Test
    void anAnsweredQuestionWhoseFeedbackIsWithheldKeepsItsEntryLockedAwaitingFeedback() {
        GlossaryEntry entry = new GlossaryEntry("tacit", "Unspoken.", List.of("single-q"));

        AidRelease.Lock lock = new AidRelease(MODULE, Map.of("single-q", wrong("single-q", 0)), true).lock(entry);

        assertThat(lock.locked()).isTrue();
        assertThat(lock.awaitingFeedback()).isTrue();
        assertThat(lock.toAnswer()).as("nothing left to answer").isEmpty();
    }

    @Test
    void aTimelineEventIsLockedByWhatItDeclaresAndByTheOrderingQuestionsThatNameIt() {
        TimelineEvent talks = new TimelineEvent("2022-03", "Talks in Istanbul", List.of("single-q"));
        TimelineEvent crimea = new TimelineEvent("2014-03", "Russia annexes Crimea", List.of("single-q"));

        assertThat(aids(Map.of()).lock(talks).toAnswer()).containsExactly(1);
        assertThat(aids(Map.of()).lock(crimea).toAnswer())
                .as("declared and found together")
                .containsExactly(1, 2);
        assertThat(aids(Map.of("order-q", right("order-q", null))).eventReleased(crimea))
                .isFalse();
        assertThat(aids(Map.of("order-q", right("order-q", null), "single-q", right("single-q", null)))
                        .eventReleased(crimea))
                .isTrue();
    }

    @Test
    void aClaimIsLockedByWhatItDeclaresAndMarkingItsEvidenceAlsoByTheHighlightQuestionItCovers() {
        Claim claim = new Claim(
                "officers",
                "Beijing sends officers.",
                "Ukrainian officials",
                ClaimStatus.ALLEGED,
                null,
                CLAIM_QUOTE,
                List.of(),
                List.of("single-q"));

        assertThat(aids(Map.of()).lock(claim).toAnswer()).containsExactly(1);
        assertThat(aids(Map.of()).evidenceLock(claim).toAnswer()).containsExactly(1, 4);
        AidRelease singleSettled = aids(Map.of("single-q", right("single-q", null)));
        assertThat(singleSettled.lock(claim).locked()).isFalse();
        assertThat(singleSettled.evidenceLock(claim).toAnswer()).containsExactly(4);
    }
}
