package app.lectern.reader;

import app.lectern.answering.Feedback;
import app.lectern.content.Claim;
import app.lectern.content.Evidence;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.content.TimelineEvent;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.order.OrderQuestion;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of the reader's aids may be shown beside the questions. The rule: an aid entry that would answer a question
 * stays locked until that question is settled. The aids are the timeline's events (listed in order, they give away
 * the order of the ordering questions they appear in), a claim's evidence quote marked in the article, and a
 * question's own evidence.
 *
 * <p>The timeline unlocks per ordering question: an event stays hidden while an ordering question that names it (an
 * item's text within the event's or the other way round) is open. An ordering question about chronology that names
 * no event at all locks every event, since which ones it asks about cannot be told; an ordering question about
 * something else (the steps of an argument) that names no event locks none.
 *
 * <p>Every aid entry (a glossary entry, a timeline event, a claim of the ledger) may also name the questions it
 * would answer ({@code answers:} in the module). {@link #lock(GlossaryEntry)}, {@link #lock(TimelineEvent)} and
 * {@link #lock(Claim)} apply one rule to all of them: what the entry would answer is what it declares together with
 * what is found here, and it is released once every one of those questions is settled. A question that this
 * learner's form of the module does not hold (an assessment item, in self-study) is never settled there.
 *
 * <p>A snapshot of one learner's work; the reader asks a fresh one whenever it builds an aid.
 */
public final class AidRelease {

    /**
     * What the lock rule needs of a module whatever the learner did: each question's number, and the questions each
     * timeline event and each claim's evidence quote would answer (found by comparing texts). Worked out once per
     * module: the reader asks for the lock of every aid entry after every answer, and recomputing these was a
     * measurable part of the server's CPU per answer (issue 17).
     */
    private record Index(
            Map<String, Integer> order,
            Map<TimelineEvent, List<String>> byEvent,
            Map<Evidence, List<String>> byQuote) {}

    /** A module by identity: modules are immutable, and hashing a whole record would cost more than it saves. */
    private record ModuleKey(LearningModule module) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ModuleKey k && k.module == module;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(module);
        }
    }

    /** The indexes of the modules used last (a republished module is a new object and gets its own). */
    private static final int INDEXED_MODULES = 64;

    private static final Map<ModuleKey, Index> INDEXES = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ModuleKey, Index> eldest) {
            return size() > INDEXED_MODULES;
        }
    };

    private final LearningModule module;
    private final Map<String, Feedback> feedback;
    private final boolean feedbackWithheld;
    private Index index;

    /**
     * The aids of a module for this work.
     *
     * @param feedback the feedback per answered question id
     * @param feedbackWithheld whether feedback is withheld for now (an assignment that shows it later): then no
     *     question counts as settled
     */
    public AidRelease(LearningModule module, Map<String, Feedback> feedback, boolean feedbackWithheld) {
        this.module = module;
        this.feedback = feedback;
        this.feedbackWithheld = feedbackWithheld;
    }

    /**
     * Whether an aid entry may be shown, and if not, what opens it.
     *
     * @param toAnswer the numbers (as the reader shows them, from 1) of the questions still to answer, ascending
     * @param awaitingFeedback whether a question it would answer is answered but its feedback is withheld for now
     * @param heldBack whether a question it would answer is not in this learner's form of the module (an assessment
     *     item in self-study): then it never opens here
     */
    public record Lock(List<Integer> toAnswer, boolean awaitingFeedback, boolean heldBack) {

        /** Nothing locks the entry. */
        public static final Lock NONE = new Lock(List.of(), false, false);

        /** Copies the list. */
        public Lock {
            toAnswer = List.copyOf(toAnswer);
        }

        /** Whether the entry must not be shown yet. */
        public boolean locked() {
            return !toAnswer.isEmpty() || awaitingFeedback || heldBack;
        }
    }

    /** What keeps a glossary entry (in the key terms and where its term is explained in the text) locked. */
    public Lock lock(GlossaryEntry entry) {
        return lockFor(entry.answers(), Stream.empty());
    }

    /** What keeps a timeline event locked: its declared questions and the ordering questions that name it. */
    public Lock lock(TimelineEvent event) {
        List<String> found = index().byEvent().get(event);
        return found != null
                ? lockForIds(event.answers(), found)
                : lockFor(event.answers(), answeredByEvent(event).stream());
    }

    /** What keeps a claim of the ledger locked (who says it, its status, its text and its responses). */
    public Lock lock(Claim claim) {
        return lockFor(claim.answers(), Stream.empty());
    }

    /**
     * What keeps marking a claim's evidence in the article locked: the claim's own lock, and the highlight questions
     * whose key sentence the quote covers.
     */
    public Lock evidenceLock(Claim claim) {
        if (claim.evidence() == null) {
            return lockForIds(claim.answers(), List.of());
        }
        List<String> found = index().byQuote().get(claim.evidence());
        return found != null
                ? lockForIds(claim.answers(), found)
                : lockFor(claim.answers(), answeredByQuote(claim.evidence()).stream());
    }

    private Lock lockFor(List<String> declared, Stream<Question> found) {
        return lockForIds(declared, found.map(Question::id).toList());
    }

    /** The one rule: an entry is released once every question it would answer is settled for this learner. */
    private Lock lockForIds(List<String> declared, List<String> found) {
        Set<String> ids = new LinkedHashSet<>(declared);
        ids.addAll(found);
        if (ids.isEmpty()) {
            return Lock.NONE;
        }
        Map<String, Integer> order = index().order();
        List<Integer> toAnswer = new java.util.ArrayList<>();
        boolean awaiting = false;
        boolean heldBack = false;
        for (String id : ids) {
            Integer position = order.get(id);
            if (position == null) {
                heldBack = true;
                continue;
            }
            Feedback f = feedback.get(id);
            if (f == null || f.canRetry()) {
                toAnswer.add(position + 1);
            } else if (feedbackWithheld) {
                awaiting = true;
            }
        }
        toAnswer.sort(null);
        return new Lock(toAnswer, awaiting, heldBack);
    }

    /** Whether the learner has been shown this question's outcome for good: answered, no try left, not withheld. */
    public boolean settled(Question question) {
        Feedback f = feedback.get(question.id());
        return f != null && !f.canRetry() && !feedbackWithheld;
    }

    /** Whether an aid entry that would answer these questions may be shown: once every one of them is settled. */
    public boolean released(Collection<? extends Question> wouldAnswer) {
        return wouldAnswer.stream().allMatch(this::settled);
    }

    /**
     * The questions the timeline would answer: the ordering questions that name one of its events, and those about
     * chronology.
     */
    public List<Question> answeredByTimeline() {
        return module.questions()
                .filter(q -> q instanceof OrderQuestion o
                        && (q.skill() == Skill.CHRONOLOGY
                                || module.timeline().stream().anyMatch(e -> names(o, e))))
                .toList();
    }

    /**
     * The questions listing this event would help answer: the ordering questions that name it, and the chronology
     * ordering questions that name no event of the timeline.
     */
    public List<Question> answeredByEvent(TimelineEvent event) {
        return module.questions()
                .filter(q -> q instanceof OrderQuestion o
                        && (names(o, event)
                                || (q.skill() == Skill.CHRONOLOGY
                                        && module.timeline().stream().noneMatch(e -> names(o, e)))))
                .toList();
    }

    /** Whether this event of the timeline may be listed (its declared questions counted too). */
    public boolean eventReleased(TimelineEvent event) {
        return !lock(event).locked();
    }

    /** Whether an item of the question is the event, or a part of it, or the event a part of the item. */
    private static boolean names(OrderQuestion question, TimelineEvent event) {
        String told = Markdown.collapse(event.event()).toLowerCase(Locale.ROOT);
        return question.items().stream()
                .map(i -> Markdown.collapse(i.text()).toLowerCase(Locale.ROOT))
                .anyMatch(item -> !item.isEmpty() && (told.contains(item) || item.contains(told)));
    }

    /**
     * The questions marking this quote in the article would answer: the highlight questions on the quote's section
     * (any, when the quote names none) with a key sentence that contains the quote or lies inside it.
     */
    public List<Question> answeredByQuote(Evidence quote) {
        String marked = Markdown.collapse(quote.quote());
        return module.questions()
                .filter(q -> q instanceof HighlightQuestion h
                        && (quote.section() == null || quote.section().equals(offeredSection(h)))
                        && h.sentences().stream()
                                .map(Markdown::collapse)
                                .anyMatch(key -> key.contains(marked) || marked.contains(key)))
                .toList();
    }

    /** Whether every event of the timeline may be listed. */
    public boolean timelineReleased() {
        return released(answeredByTimeline());
    }

    /** Whether this quote may be marked in the article (a claim's evidence). */
    public boolean quoteReleased(Evidence quote) {
        return released(answeredByQuote(quote));
    }

    /**
     * A question's own evidence, section resolved, once the learner's feedback on it has carried it: the answer
     * pipeline releases it together with the key.
     */
    public Optional<Evidence> questionEvidence(String questionId) {
        Feedback f = feedback.get(questionId);
        if (f == null || f.evidence() == null) {
            return Optional.empty();
        }
        return module.question(questionId).flatMap(module::evidenceOf);
    }

    private Index index() {
        if (index == null) {
            ModuleKey key = new ModuleKey(module);
            synchronized (INDEXES) {
                index = INDEXES.get(key);
            }
            if (index == null) {
                index = buildIndex();
                synchronized (INDEXES) {
                    INDEXES.put(key, index);
                }
            }
        }
        return index;
    }

    private Index buildIndex() {
        Map<String, Integer> order = new java.util.HashMap<>();
        List<String> ids = module.questions().map(Question::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            order.putIfAbsent(ids.get(i), i); // the first, as List.indexOf found it
        }
        Map<TimelineEvent, List<String>> byEvent = new java.util.IdentityHashMap<>();
        for (TimelineEvent event : module.timeline()) {
            byEvent.put(event, answeredByEvent(event).stream().map(Question::id).toList());
        }
        Map<Evidence, List<String>> byQuote = new java.util.IdentityHashMap<>();
        for (Claim claim : module.claims()) {
            if (claim.evidence() != null) {
                byQuote.put(
                        claim.evidence(),
                        answeredByQuote(claim.evidence()).stream()
                                .map(Question::id)
                                .toList());
            }
        }
        return new Index(order, byEvent, byQuote);
    }

    private String offeredSection(HighlightQuestion h) {
        return h.section() != null
                ? h.section()
                : module.sectionOf(h.id()).map(Section::id).orElse(null);
    }
}
