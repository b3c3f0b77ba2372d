package app.lectern.classroom.ui;

import app.lectern.account.CurrentUser;
import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AttemptService;
import app.lectern.classroom.AttemptView;
import app.lectern.classroom.ClassroomException;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.question.OptionOrder;
import app.lectern.reader.ui.ModuleReader;
import app.lectern.reader.ui.QuestionCard;
import app.lectern.study.LearnerProgress;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A student's work on an assignment, in the same reader as self-study: {@code /assignments/<id>} reopens the
 * section the student last visited, {@code /assignments/<id>/<section-id>} a given one. Answers are graded against
 * the module version the assignment pinned and saved at once; feedback shows as the assignment's timing allows,
 * otherwise an answer is only confirmed as saved. {@code /assignments/<id>/submit} is {@link AssignmentSubmitView}.
 */
@Route(
        value = "assignments/:" + AssignmentReaderView.ASSIGNMENT + "/:" + AssignmentReaderView.SECTION + "?",
        layout = MainLayout.class)
@RolesAllowed("STUDENT")
public class AssignmentReaderView extends ModuleReader implements BeforeEnterObserver {

    static final String ASSIGNMENT = "assignmentId";
    static final String SECTION = "sectionId";

    private final AttemptService attempts;
    private final CurrentUser currentUser;
    private long assignmentId;
    private AttemptView attempt;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public AssignmentReaderView(AttemptService attempts, CurrentUser currentUser) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        addClassName("assignment-reader");
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

    /** The assignment id of the URL, or empty for a malformed one. */
    static Optional<Long> assignmentId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(ASSIGNMENT).flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = assignmentId(event);
        if (id.isEmpty()) {
            NotFoundView.reroute(event, getTranslation("classroom.notfound"));
            return;
        }
        Optional<AttemptView> opened = ClassroomUi.loadOrNotFound(event, this, () -> attempts.open(id.get()));
        if (opened.isEmpty()) {
            return;
        }
        boolean wasShowing = section != null;
        assignmentId = id.get();
        attempt = opened.get();
        module = attempt.module();
        if (!chooseSection(event, event.getRouteParameters().get(SECTION), attempt.lastSectionId())) {
            return;
        }
        if (attempt.acceptsAnswers()) {
            attempts.visit(assignmentId, section.id());
        }
        work = work(attempt);
        show(wasShowing, event.getLocation().getQueryParameters());
    }

    private Work work(AttemptView view) {
        Set<String> done = view.module().sections().stream()
                // an assignment counts answers only: a section without questions is never "done"
                .filter(s -> LearnerProgress.sectionDone(s, view.answers()::containsKey, false))
                .map(Section::id)
                .collect(Collectors.toSet());
        return new Work(view.answers(), view.feedback(), Set.of(), done);
    }

    @Override
    protected String heading() {
        return attempt.assignment().title();
    }

    @Override
    protected void addToHead(Div head) {
        Assignment a = attempt.assignment();
        Div facts = new Div();
        facts.addClassName("assignment-facts");
        facts.add(new Paragraph(getTranslation("classroom.work.class", a.className())));
        Paragraph due =
                new Paragraph(getTranslation("classroom.work.due", ClassroomUi.format(this, a.dueAt(), a.zone())));
        due.setId("assignment-due");
        facts.add(due);
        Paragraph state = new Paragraph();
        state.setId("assignment-state");
        if (attempt.submitted()) {
            state.setText(getTranslation(
                    "classroom.work.submitted", ClassroomUi.format(this, attempt.submittedAt(), a.zone())));
        } else if (!attempt.acceptsAnswers()) {
            state.setText(getTranslation("classroom.work.closed"));
        } else {
            state.setText(getTranslation(
                    "classroom.work.feedback." + a.feedbackTiming().name(),
                    ClassroomUi.format(this, a.dueAt(), a.zone())));
            if (a.lateAccepted()) {
                state.add(" " + getTranslation("classroom.work.late-accepted"));
            }
        }
        facts.add(state);
        head.add(facts);
    }

    @Override
    protected Question displayed(Question question) {
        if (!attempt.assignment().shuffleOptions()) {
            return question;
        }
        // fixed per student and assignment, so a reload keeps the order the student saw
        long seed = currentUser.require().id() * 1_000_003L
                + assignmentId * 31L
                + question.id().hashCode();
        return OptionOrder.shuffled(question, seed);
    }

    @Override
    protected String sectionUrl(Section target) {
        return RouteConfiguration.forSessionScope()
                .getUrl(AssignmentReaderView.class, parameters(assignmentId, target.id()));
    }

    @Override
    protected Component lastPagerLink() {
        RouterLink submit = new RouterLink(
                getTranslation("classroom.work.to-submit"),
                AssignmentSubmitView.class,
                AssignmentSubmitView.parameters(assignmentId));
        submit.setId("to-submit");
        return submit;
    }

    @Override
    protected void navigateTo(Section target, QueryParameters query) {
        getUI().ifPresent(ui -> ui.navigate(AssignmentReaderView.class, parameters(assignmentId, target.id()), query));
    }

    @Override
    public Feedback submit(Question question, Answer answer) {
        try {
            return attempts.answer(assignmentId, question.id(), answer);
        } catch (ClassroomException e) {
            throw new QuestionCard.Refused(ClassroomUi.message(this, e));
        }
    }

    @Override
    public String takeHint(Question question) {
        throw new UnsupportedOperationException("assignments offer no hints");
    }

    @Override
    public void answered(Question question, Answer answer, Feedback feedback) {
        attempt = attempts.open(assignmentId);
        work = work(attempt);
        refreshProgress();
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

    @Override
    public boolean hintsOffered() {
        return false;
    }

    @Override
    public boolean acceptsAnswers() {
        return attempt.acceptsAnswers();
    }
}
