package app.lectern.reader;

import app.lectern.answering.Feedback;
import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.order.OrderQuestion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the reader's aids may be shown beside the questions. The rule: an aid entry that would answer a question
 * stays locked until that question is settled. The aids are the timeline (it lists the events in order), a claim's
 * evidence quote marked in the article, and a question's own evidence.
 *
 * <p>A snapshot of one learner's work; the reader asks a fresh one whenever it builds an aid.
 */
public final class AidRelease {

    private final LearningModule module;
    private final Map<String, Feedback> feedback;
    private final boolean feedbackWithheld;

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

    /** Whether the learner has been shown this question's outcome for good: answered, no try left, not withheld. */
    public boolean settled(Question question) {
        Feedback f = feedback.get(question.id());
        return f != null && !f.canRetry() && !feedbackWithheld;
    }

    /** Whether an aid entry that would answer these questions may be shown: once every one of them is settled. */
    public boolean released(Collection<? extends Question> wouldAnswer) {
        return wouldAnswer.stream().allMatch(this::settled);
    }

    /** The questions the timeline would answer: the ordering questions, whose key is the order of events. */
    public List<Question> answeredByTimeline() {
        return module.questions().filter(q -> q instanceof OrderQuestion).toList();
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

    /** Whether the timeline's events may be listed. */
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

    private String offeredSection(HighlightQuestion h) {
        return h.section() != null
                ? h.section()
                : module.sectionOf(h.id()).map(Section::id).orElse(null);
    }
}
