package app.lectern.reader.ui;

import app.lectern.answering.Feedback;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.reader.LearnerWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

/**
 * What differs between reading a module in self-study and for an assignment: where the module and the learner's
 * work come from, how answers are sent and what the question cards offer, and where the links lead. The
 * {@link ModuleReader} renders whatever its mode gives it. One mode per opened module; it may keep the learner's
 * work current between answers.
 */
public interface ReaderMode extends QuestionCard.Answering {

    /** The module read. */
    LearningModule module();

    /** The title line. */
    String heading();

    /** The id of the section the learner last visited, or {@code null}. */
    String lastSectionId();

    /** Records that the learner opened this section. */
    void visit(Section section);

    /** The learner's work as shown with {@code opened} just opened. */
    LearnerWork work(Section opened);

    /** The learner's work after {@code answer} to {@code question} was stored with {@code feedback}. */
    LearnerWork answered(LearnerWork work, Question question, Answer answer, Feedback feedback);

    /** Orders or replaces a question for display (e.g. shuffled options); the question itself by default. */
    default Question displayed(Question question) {
        return question;
    }

    /** The address of a section of the module in this mode (relative, as a router link's). */
    String sectionUrl(Section target);

    /** Opens another section of the module with these query parameters. */
    void navigateTo(Section target, QueryParameters query);

    /** The pager's link after the last section (results, or submitting an assignment). */
    Component lastPagerLink();

    /**
     * The translation key of what a locked aid entry says when the question it would answer is not in this form of
     * the module (an assessment item, in self-study): it opens when the module is done as an assignment.
     */
    default String heldBackKey() {
        return "reader.aid.held-back";
    }

    /** Anything the mode adds under the module's title (e.g. an assignment's due date); nothing by default. */
    default void addToHead(Div head) {}

    /** {@link #notesAttempt()} where no notes are kept (a preview, an assignment the student never started). */
    Long NO_NOTES = -1L;

    /**
     * The assignment attempt the learner's highlights and notes belong to, {@code null} in self-study (where they
     * belong to the learner and the module), or {@link #NO_NOTES}.
     */
    default Long notesAttempt() {
        return null;
    }
}
