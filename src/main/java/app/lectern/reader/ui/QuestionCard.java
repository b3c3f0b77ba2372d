package app.lectern.reader.ui;

import static app.lectern.ui.StaticText.escape;
import static app.lectern.ui.StaticText.shared;

import app.lectern.answering.AlreadyAnsweredException;
import app.lectern.answering.DisplayOrder;
import app.lectern.answering.Feedback;
import app.lectern.answering.PartResults;
import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.ui.QuestionInput;
import app.lectern.question.ui.QuestionInputs;
import app.lectern.reader.Formats;
import app.lectern.scoring.AttemptsExhaustedException;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * One question after a section: prompt, input, hint, Check, and the feedback region. Nothing of the key
 * (explanation, option feedback, correct answer, evidence) is put into the page before the learner has submitted;
 * it arrives only with the {@link Feedback} the server returns.
 */
public class QuestionCard extends Section {

    /** How answers are sent and what the card offers: the reader's mode (self-study or an assignment). */
    public interface Answering {
        /** Submits an answer; may throw {@link InvalidAnswerException}, {@link AttemptsExhaustedException},
         * {@link AlreadyAnsweredException} or {@link Refused}. */
        Feedback submit(Question question, Answer answer);

        /**
         * The seed of the question's display orders (shuffled options, order items, match choices, a word bank):
         * fixed per learner or student's assignment and question by the server's secret ({@link DisplayOrder}), so
         * every render shows the same order and the browser can neither choose nor undo it.
         */
        long displaySeed(Question question);

        /** Takes the hint (which costs points) and returns its text. */
        String takeHint(Question question);

        /**
         * Whether feedback is withheld for now (an assignment that shows it after submitting or after the due
         * date): then a submitted answer is only confirmed as saved.
         */
        default boolean feedbackWithheld() {
            return false;
        }

        /** What the learner is told while feedback is withheld, e.g. when it will come. */
        default String withheldNote() {
            return "";
        }

        /** Whether hints are offered (they cost points in self-study; assignments have none). */
        default boolean hintsOffered() {
            return true;
        }

        /** Whether answers are accepted at all (not after an assignment was submitted or closed). */
        default boolean acceptsAnswers() {
            return true;
        }
    }

    /** What the card asks of the page around it. */
    public interface Page {
        /** Opens the evidence section if needed and highlights the quote. */
        void showEvidence(Question question, Evidence evidence);

        /** Called after every successful submission of {@code answer}, to update progress. */
        void answered(Question question, Answer answer, Feedback feedback);

        /** Adds the page's own buttons under shown feedback (e.g. "Next missed question"); none by default. */
        default void addFeedbackActions(Question question, Feedback feedback, Div actions) {}
    }

    /** Thrown by {@link Answering#submit} when the answer is refused for a reason the learner should read. */
    public static class Refused extends RuntimeException {

        /** A refusal with the translated text the learner sees. */
        public Refused(String message) {
            super(message);
        }
    }

    private final Question question;
    private final Answering answering;
    private final Page page;
    private final QuestionInput<? extends Answer> input;
    private final Div feedback = new Div();
    private final Button check = new Button();
    /** Only on cards that offer a hint. */
    private Div hintArea;

    /**
     * Builds the card.
     *
     * @param number the question's number in the module, from 1
     * @param previous the learner's latest submitted answer, or {@code null}
     * @param previousFeedback the feedback on it, or {@code null}
     * @param hintTaken whether the learner has taken the hint already
     * @param answering where answers go and what the card offers
     * @param page the page that shows evidence and progress
     */
    public QuestionCard(
            Question question,
            int number,
            LearningModule module,
            Answer previous,
            Feedback previousFeedback,
            boolean hintTaken,
            Answering answering,
            Page page) {
        this.question = question;
        this.answering = answering;
        this.page = page;
        String base = shared("q-" + question.id());
        addClassName("question-card");
        setId(base);
        String headingId = shared(base + "-heading");
        getElement().setAttribute("aria-labelledby", headingId);

        // The static parts (heading, points, skill badge, prompt) are one element with HTML instead of components:
        // every component of an open page is held in server memory for as long as the tab is open.
        String promptId = shared(base + "-prompt");
        Div head = new Div();
        head.getElement()
                .setProperty(
                        "innerHTML",
                        shared("<div class=\"question-head\"><h3 id=\"" + escape(headingId) + "\">"
                                + escape(getTranslation("question.number", number))
                                + "</h3><span class=\"question-points\">"
                                + escape(getTranslation(
                                        "question.points", question.points(), Formats.points(question.points())))
                                + "</span><span class=\"badge badge-skill\" title=\""
                                + escape(getTranslation("question.skill")) + "\">"
                                + escape(getTranslation(
                                        "skill." + question.skill().key()))
                                + "</span></div><div class=\"question-prompt\" lang=\"" + escape(module.language())
                                + "\" id=\"" + escape(promptId) + "\">"
                                + Markdown.inlineHtml(question.base().prompt()) + "</div>"));
        add(head);

        input = QuestionInputs.create(question, module, promptId, answering.displaySeed(question));
        input.component().addClassName("question-input");
        add(input.component());

        check.setText(getTranslation("question.check"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        // a double click must not spend two tries: the browser disables the button at the first click, and submit()
        // ignores a click that arrives after the answer was taken (both clicks can come in one request)
        check.setDisableOnClick(true);
        check.addClickListener(e -> submit());
        check.setId(shared(base + "-check"));

        String hint = question.base().hint();
        if (hint != null && !hint.isBlank() && answering.hintsOffered() && answering.acceptsAnswers()) {
            hintArea = new Div();
            hintArea.addClassName("hint-area");
            if (hintTaken) {
                showHint(hint);
            } else {
                Button hintButton = new Button(getTranslation("question.hint"));
                hintButton.addThemeVariants(ButtonVariant.TERTIARY);
                hintButton.getElement().setAttribute("aria-describedby", base + "-hint-cost");
                Span cost = StaticText.set(new Span(), getTranslation("question.hint.cost"));
                cost.setId(base + "-hint-cost");
                cost.addClassName("hint-cost");
                hintButton.addClickListener(e -> {
                    String text = answering.takeHint(question);
                    hintArea.removeAll();
                    // the focused button is gone: move focus to what replaced it
                    showHint(text).getElement().callJsFunction("focus");
                });
                hintArea.add(hintButton, cost);
            }
            Div buttons = new Div(check, hintArea);
            buttons.addClassName("question-actions");
            add(buttons);
        } else {
            // no wrapper for the button alone: one component less per card
            add(check);
        }

        feedback.addClassName("feedback");
        feedback.setId(shared(base + "-feedback"));
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(feedback);

        if (previous != null) {
            QuestionInputs.restore(input, previous);
        }
        if (previousFeedback != null) {
            show(previousFeedback, false);
        } else if (!answering.acceptsAnswers()) {
            input.setReadOnly(true);
            check.setVisible(false);
            note(getTranslation("question.closed"));
        }
    }

    /** The question shown. */
    public Question question() {
        return question;
    }

    private Paragraph showHint(String text) {
        Paragraph p = new Paragraph();
        p.addClassName("hint");
        p.getElement().setAttribute("tabindex", "-1");
        Strong label = new Strong(getTranslation("question.hint.label") + " ");
        Span body = new Span();
        body.getElement().setProperty("innerHTML", Markdown.inlineHtml(text));
        p.add(label, body);
        hintArea.add(p);
        return p;
    }

    private void submit() {
        try {
            if (check.isVisible()) {
                submitVisible();
            }
        } finally {
            check.setEnabled(true);
        }
    }

    private void submitVisible() {
        Optional<? extends Answer> answer = input.answer();
        if (answer.isEmpty()) {
            note(input.problem().orElseGet(() -> getTranslation("question.empty")));
            return;
        }
        Feedback result;
        try {
            result = answering.submit(question, answer.get());
        } catch (InvalidAnswerException e) {
            note(e.getMessage());
            return;
        } catch (AttemptsExhaustedException e) {
            note(getTranslation("question.exhausted"));
            input.setReadOnly(true);
            check.setVisible(false);
            return;
        } catch (AlreadyAnsweredException e) {
            note(getTranslation("question.already"));
            input.setReadOnly(true);
            check.setVisible(false);
            return;
        } catch (Refused e) {
            note(e.getMessage());
            input.setReadOnly(true);
            check.setVisible(false);
            return;
        }
        show(result, true);
        page.answered(question, answer.get(), result);
    }

    private void note(String text) {
        feedback.removeAll();
        feedback.getElement().setAttribute("data-state", "note");
        Paragraph p = new Paragraph(text);
        p.addClassName("feedback-note");
        feedback.add(p);
    }

    /**
     * Shows the feedback on a submitted answer and locks the input unless another try is allowed.
     *
     * @param focus move focus to the verdict (after Check, whose button disappears), not when restoring a page
     */
    void show(Feedback f, boolean focus) {
        feedback.removeAll();
        input.setReadOnly(true);
        check.setVisible(false);
        if (answering.feedbackWithheld()) {
            showSaved(f, focus);
            return;
        }

        String state = f.pendingReview() ? "pending" : f.correct() ? "right" : f.partial() ? "partial" : "wrong";
        feedback.getElement().setAttribute("data-state", state);
        // an essay of an assignment that is not submitted yet can be revised: its model answer comes with the keys
        String verdictKey = f.pendingReview() && f.canRetry() ? "feedback.pending-revisable" : "feedback." + state;
        Paragraph verdict = new Paragraph(new Strong(getTranslation(verdictKey)));
        verdict.addClassName("feedback-verdict");
        verdict.getElement().setAttribute("tabindex", "-1");
        feedback.add(verdict);
        if (focus) {
            verdict.getElement().callJsFunction("focus");
        }

        if (!f.pendingReview()) {
            feedback.add(new Paragraph(scoreLine(f)));
        }
        // which parts are right is the answer pipeline's decision: the count while tries remain, marks once settled
        PartResults parts = f.parts();
        if (parts != null && !f.correct()) {
            Paragraph count = new Paragraph(getTranslation("feedback.parts", parts.right(), parts.total()));
            count.addClassName("feedback-parts");
            feedback.add(count);
        }
        if (parts != null && parts.verdictsReleased()) {
            input.showParts(parts.verdicts());
        } else {
            input.clearParts();
        }
        if (f.teacherComment() != null && !f.teacherComment().isBlank()) {
            // typed by a teacher: shown as text, never as HTML or Markdown
            Paragraph comment = new Paragraph(
                    new Strong(getTranslation("feedback.teacher-comment") + " "), new Span(f.teacherComment()));
            comment.addClassName("feedback-teacher-comment");
            feedback.add(comment);
        }
        if (f.optionFeedback() != null && !f.optionFeedback().isBlank()) {
            feedback.add(markdownBlock("feedback-options", f.optionFeedback()));
        }
        if (f.correctAnswer() != null && !f.correctAnswer().isBlank() && !f.canRetry() && !f.correct()) {
            Paragraph key = new Paragraph(
                    new Strong(getTranslation("feedback.correct-answer") + " "), new Span(f.correctAnswer()));
            key.addClassName("feedback-key");
            feedback.add(key);
        }
        if (f.modelAnswer() != null && !f.modelAnswer().isBlank()) {
            feedback.add(new Paragraph(new Strong(getTranslation("feedback.model-answer"))));
            feedback.add(markdownBlock("feedback-model", f.modelAnswer()));
        }
        if (f.explanation() != null && !f.explanation().isBlank()) {
            feedback.add(markdownBlock("feedback-explanation", f.explanation()));
        }
        if (f.canRetry() && !f.pendingReview()) {
            feedback.add(new Paragraph(getTranslation("feedback.tries-left", f.attemptsLeft())));
        }

        Div buttons = new Div();
        buttons.addClassName("feedback-actions");
        if (f.evidence() != null) {
            Button evidence = new Button(getTranslation("feedback.evidence"));
            evidence.addClassName("evidence-button");
            evidence.addClickListener(e -> page.showEvidence(question, f.evidence()));
            buttons.add(evidence);
        }
        if (f.canRetry()) {
            Button retry = new Button(getTranslation(f.pendingReview() ? "feedback.change" : "feedback.retry"));
            retry.addClickListener(e -> reopen());
            buttons.add(retry);
        }
        page.addFeedbackActions(question, f, buttons);
        if (buttons.getComponentCount() > 0) {
            feedback.add(buttons);
        }
    }

    /** The score, and for a right answer that earned less, why: the retries or the hint cost points. */
    private String scoreLine(Feedback f) {
        String score = Formats.points(f.score());
        String max = Formats.points(f.maxPoints());
        if (!f.rightWithDeduction()) {
            return getTranslation("feedback.score", score, max);
        }
        if (f.attemptsUsed() > 1) {
            String line = getTranslation("feedback.score.retry", f.attemptsUsed(), score, max);
            return f.hintUsed() ? line + " " + getTranslation("feedback.score.hint-too") : line;
        }
        return getTranslation(f.hintUsed() ? "feedback.score.hint" : "feedback.score.earlier-tries", score, max);
    }

    /** Clears the feedback and lets the learner answer again. */
    private void reopen() {
        feedback.removeAll();
        input.clearParts();
        feedback.getElement().removeAttribute("data-state");
        input.setReadOnly(false);
        check.setVisible(true);
        check.focus();
    }

    /** An answer stored while its feedback is withheld: only that it is saved and whether it may still change. */
    private void showSaved(Feedback f, boolean focus) {
        feedback.getElement().setAttribute("data-state", "saved");
        Paragraph verdict = new Paragraph(new Strong(getTranslation("feedback.saved")));
        verdict.addClassName("feedback-verdict");
        verdict.getElement().setAttribute("tabindex", "-1");
        feedback.add(verdict);
        if (focus) {
            verdict.getElement().callJsFunction("focus");
        }
        String note = answering.withheldNote();
        if (!note.isBlank()) {
            feedback.add(new Paragraph(note));
        }
        if (answering.acceptsAnswers() && f.attemptsLeft() > 0) {
            feedback.add(new Paragraph(getTranslation("feedback.changes-left", f.attemptsLeft())));
            Button change = new Button(getTranslation("feedback.change"));
            change.addClickListener(e -> reopen());
            Div buttons = new Div(change);
            buttons.addClassName("feedback-actions");
            feedback.add(buttons);
        }
    }

    private static Div markdownBlock(String className, String markdown) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", Markdown.html(markdown));
        return div;
    }
}
