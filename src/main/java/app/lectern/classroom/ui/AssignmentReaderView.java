package app.lectern.classroom.ui;

import app.lectern.account.CurrentUser;
import app.lectern.answering.DisplayOrder;
import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.AttemptView;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.question.OptionOrder;
import app.lectern.reader.LearnerWork;
import app.lectern.reader.ui.ModuleReader;
import app.lectern.reader.ui.QuestionCard;
import app.lectern.reader.ui.ReaderMode;
import app.lectern.storage.DisplaySeeds;
import app.lectern.study.LearnerProgress;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A student's work on an assignment, in the same reader as self-study: {@code /assignments/<id>} reopens the
 * section the student last visited, {@code /assignments/<id>/<section-id>} a given one. Answers are graded against
 * the module version the assignment pinned and saved at once; feedback shows as the assignment's timing allows,
 * otherwise an answer is only confirmed as saved. {@code /assignments/<id>/submit} is {@link AssignmentSubmitView}.
 */
@Route(
        value = "assignments/:" + AssignmentReaderView.ASSIGNMENT + NotFoundView.ID + "/:"
                + AssignmentReaderView.SECTION + "?",
        layout = MainLayout.class)
@RolesAllowed("STUDENT")
public class AssignmentReaderView extends Composite<ModuleReader> implements BeforeEnterObserver, HasDynamicTitle {

    static final String ASSIGNMENT = "assignmentId";
    static final String SECTION = "sectionId";

    private final AttemptService attempts;
    private final CurrentUser currentUser;
    private final DisplaySeeds displaySeeds;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public AssignmentReaderView(AttemptService attempts, CurrentUser currentUser, DisplaySeeds displaySeeds) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.displaySeeds = displaySeeds;
        getContent().addClassName("assignment-reader");
    }

    /** The route parameters of an assignment's section; a {@code null} section reopens where the student was. */
    public static RouteParameters parameters(long assignmentId, String sectionId) {
        Map<String, String> map = new HashMap<>();
        map.put(ASSIGNMENT, String.valueOf(assignmentId));
        if (sectionId != null) {
            map.put(SECTION, sectionId);
        }
        return new RouteParameters(map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = ClassroomUi.id(event, ASSIGNMENT);
        AttemptView opened = NotFoundView.orNotFound(() -> attempts.open(id), getTranslation("classroom.notfound"));
        getContent()
                .open(event, new Mode(id, opened), event.getRouteParameters().get(SECTION));
    }

    @Override
    public String getPageTitle() {
        return getContent().pageTitle();
    }

    /**
     * An assignment: graded against the pinned module version, no hints, feedback as the assignment's timing allows,
     * options shuffled per student if the teacher chose so, and submitting after the last section.
     */
    private final class Mode implements ReaderMode {

        private final long assignmentId;
        /** Reopened after each answer: what the student may still do and see can change with it. */
        private AttemptView attempt;
        /** The student's display orders of this assignment, the same on every render. */
        private final DisplayOrder order;

        Mode(long assignmentId, AttemptView attempt) {
            this.assignmentId = assignmentId;
            this.attempt = attempt;
            this.order =
                    displaySeeds.forStudent(assignmentId, currentUser.require().id());
        }

        @Override
        public LearningModule module() {
            return attempt.module();
        }

        @Override
        public String heading() {
            return attempt.assignment().title();
        }

        @Override
        public String lastSectionId() {
            return attempt.lastSectionId();
        }

        @Override
        public void visit(Section section) {
            if (attempt.acceptsAnswers()) {
                attempts.visit(assignmentId, section.id());
            }
        }

        @Override
        public LearnerWork work(Section opened) {
            return work();
        }

        private LearnerWork work() {
            Set<String> done = attempt.module().sections().stream()
                    // an assignment counts answers only: a section without questions is never "done"; a miss shown
                    // with a try left keeps its section open
                    .filter(s -> LearnerProgress.sectionDone(
                            s,
                            id -> attempt.answers().containsKey(id)
                                    && (feedbackWithheld()
                                            || LearnerProgress.finished(
                                                    attempt.feedback().get(id))),
                            false))
                    .map(Section::id)
                    .collect(Collectors.toSet());
            return new LearnerWork(attempt.answers(), attempt.feedback(), Set.of(), done);
        }

        @Override
        public LearnerWork answered(LearnerWork work, Question question, Answer answer, Feedback feedback) {
            attempt = attempts.open(assignmentId);
            return work();
        }

        @Override
        public void addToHead(Div head) {
            Assignment a = attempt.assignment();
            Div facts = new Div();
            facts.addClassName("assignment-facts");
            facts.add(new Paragraph(getTranslation("classroom.work.class", a.className())));
            Paragraph due = new Paragraph(getTranslation(
                    "classroom.work.due", ClassroomUi.format(AssignmentReaderView.this, a.dueAt(), a.zone())));
            due.setId("assignment-due");
            facts.add(due);
            Paragraph state = new Paragraph();
            state.setId("assignment-state");
            if (attempt.submitted()) {
                state.setText(getTranslation(
                        "classroom.work.submitted",
                        ClassroomUi.format(AssignmentReaderView.this, attempt.submittedAt(), a.zone())));
            } else if (!attempt.acceptsAnswers()) {
                state.setText(getTranslation("classroom.work.closed"));
            } else {
                state.setText(getTranslation(
                        "classroom.work.feedback." + a.feedbackTiming().name(),
                        ClassroomUi.format(AssignmentReaderView.this, a.dueAt(), a.zone())));
                if (a.lateAccepted()) {
                    state.add(" " + getTranslation("classroom.work.late-accepted"));
                }
            }
            facts.add(state);
            head.add(facts);
        }

        @Override
        public Question displayed(Question question) {
            return attempt.assignment().shuffleOptions()
                    ? OptionOrder.shuffled(question, displaySeed(question))
                    : question;
        }

        @Override
        public long displaySeed(Question question) {
            return order.seed(question.id());
        }

        @Override
        public String sectionUrl(Section target) {
            return RouteConfiguration.forSessionScope()
                    .getUrl(AssignmentReaderView.class, parameters(assignmentId, target.id()));
        }

        @Override
        public Component lastPagerLink() {
            RouterLink submit = new RouterLink(
                    getTranslation("classroom.work.to-submit"),
                    AssignmentSubmitView.class,
                    AssignmentSubmitView.parameters(assignmentId));
            submit.setId("to-submit");
            return submit;
        }

        @Override
        public void navigateTo(Section target, QueryParameters query) {
            getUI().ifPresent(ui ->
                    ui.navigate(AssignmentReaderView.class, parameters(assignmentId, target.id()), query));
        }

        @Override
        public Feedback submit(Question question, Answer answer) {
            try {
                return attempts.answer(assignmentId, question.id(), answer);
            } catch (ClassroomException e) {
                throw new QuestionCard.Refused(ClassroomUi.message(AssignmentReaderView.this, e));
            }
        }

        @Override
        public String takeHint(Question question) {
            throw new UnsupportedOperationException("assignments offer no hints");
        }

        @Override
        public boolean feedbackWithheld() {
            return !attempt.feedbackShown();
        }

        @Override
        public String withheldNote() {
            FeedbackTiming timing = attempt.assignment().feedbackTiming();
            return timing == FeedbackTiming.IMMEDIATE ? "" : getTranslation("classroom.work.withheld." + timing.name());
        }

        /** A question held back here is a pool's variant this attempt did not draw: it never opens in this attempt. */
        @Override
        public String heldBackKey() {
            return "reader.aid.held-back.assignment";
        }

        @Override
        public boolean hintsOffered() {
            return false;
        }

        @Override
        public Long notesAttempt() {
            return attempt.attemptId() == null ? NO_NOTES : attempt.attemptId();
        }

        @Override
        public boolean acceptsAnswers() {
            return attempt.acceptsAnswers();
        }
    }
}
