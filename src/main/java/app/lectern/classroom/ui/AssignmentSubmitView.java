package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.AttemptView;
import app.lectern.classroom.attempt.SubmitResult;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.reader.Formats;
import app.lectern.reader.ui.SkillTable;
import app.lectern.scoring.ModuleResult;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code /assignments/<id>/submit}: what the student answered, what is still open, and the button that submits the
 * assignment. Once submitted it shows the submission and, when the assignment's timing allows, the score by skill.
 */
@Route(
        value = "assignments/:" + AssignmentReaderView.ASSIGNMENT + NotFoundView.ID + "/submit",
        layout = MainLayout.class)
@RolesAllowed("STUDENT")
public class AssignmentSubmitView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AttemptService attempts;
    private long assignmentId;
    private AttemptView attempt;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public AssignmentSubmitView(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("lectern-page");
        addClassName("assignment-submit");
    }

    /** The route parameters of an assignment's submit page. */
    public static RouteParameters parameters(long assignmentId) {
        return new RouteParameters(AssignmentReaderView.ASSIGNMENT, String.valueOf(assignmentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = ClassroomUi.id(event, AssignmentReaderView.ASSIGNMENT);
        attempt = NotFoundView.orNotFound(() -> attempts.open(assignmentId), getTranslation("classroom.notfound"));
        render(null);
    }

    private void render(SubmitResult justSubmitted) {
        removeAll();
        Assignment a = attempt.assignment();
        add(new H1(getTranslation("classroom.work.submit.title", a.title())));
        add(new Paragraph(getTranslation("classroom.work.due", ClassroomUi.format(this, a.dueAt(), a.zone()))));

        List<Question> all = attempt.module().questions().toList();
        List<Question> unanswered =
                all.stream().filter(q -> !attempt.answers().containsKey(q.id())).toList();
        int answered = all.size() - unanswered.size();
        Paragraph count = new Paragraph(getTranslation("classroom.work.submit.answered", answered, all.size()));
        count.setId("answered-count");
        ProgressBar bar = new ProgressBar(0, Math.max(1, all.size()), answered);
        bar.getElement().setAttribute("aria-label", count.getText());
        add(count, bar);

        Div status = new Div();
        status.setId("submit-status");
        status.getElement().setAttribute("role", "status");
        add(status);
        if (attempt.submitted()) {
            status.add(new Paragraph(getTranslation(
                    "classroom.work.submitted", ClassroomUi.format(this, attempt.submittedAt(), a.zone()))));
            if (justSubmitted != null && justSubmitted.late()) {
                status.add(new Paragraph(getTranslation("classroom.work.submit.late")));
            }
        } else if (!attempt.acceptsAnswers()) {
            status.add(new Paragraph(getTranslation("classroom.work.closed")));
        }

        // right under the count: before the score and the list of unanswered questions, many screens long on a phone
        if (attempt.acceptsAnswers()) {
            Button submit = new Button(getTranslation("classroom.work.submit.button"), e -> confirm(unanswered.size()));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("submit-assignment");
            add(new Paragraph(submit));
        }
        if (attempt.result() != null) {
            add(score(attempt.result()));
        } else if (attempt.submitted() || !attempt.acceptsAnswers()) {
            add(new Paragraph(
                    getTranslation("classroom.work.score.withheld", ClassroomUi.format(this, a.dueAt(), a.zone()))));
        }

        if (!unanswered.isEmpty() && attempt.acceptsAnswers()) {
            H2 heading = new H2(getTranslation("classroom.work.submit.unanswered"));
            heading.setId("unanswered-heading");
            UnorderedList list = new UnorderedList();
            list.setId("unanswered");
            list.getElement().setAttribute("aria-labelledby", "unanswered-heading");
            for (Question q : unanswered) {
                ListItem item = new ListItem(new Span(getTranslation("question.number", all.indexOf(q) + 1) + " "));
                Span prompt = new Span();
                prompt.getElement()
                        .setProperty("innerHTML", Markdown.inlineHtml(q.base().prompt()));
                item.add(prompt);
                attempt.module()
                        .sectionOf(q.id())
                        .ifPresent(s -> item.add(
                                new Span(" "),
                                new RouterLink(
                                        getTranslation("classroom.work.submit.open-section", s.title()),
                                        AssignmentReaderView.class,
                                        AssignmentReaderView.parameters(assignmentId, s.id()))));
                list.add(item);
            }
            add(heading, list);
        }

        Div links = new Div(
                new Paragraph(new RouterLink(
                        getTranslation("classroom.work.back"),
                        AssignmentReaderView.class,
                        AssignmentReaderView.parameters(assignmentId, null))),
                new Paragraph(new RouterLink(getTranslation("classroom.work.all"), MyAssignmentsView.class)));
        add(links);
    }

    private Div score(ModuleResult result) {
        Div box = new Div();
        box.setId("assignment-score");
        long percent = Formats.percent(result.maxPoints() > 0 ? result.points() / result.maxPoints() : 0);
        box.add(new Paragraph(getTranslation(
                "classroom.work.score", Formats.points(result.points()), Formats.points(result.maxPoints()), percent)));
        if (!result.pendingQuestionIds().isEmpty()) {
            box.add(new Paragraph(getTranslation("classroom.work.score.pending")));
        }
        box.add(SkillTable.of(this, result));
        return box;
    }

    private void confirm(int unanswered) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("classroom.work.submit.confirm.header"));
        dialog.setText(
                unanswered > 0
                        ? getTranslation("classroom.work.submit.confirm.unanswered", unanswered)
                        : getTranslation("classroom.work.submit.confirm.text"));
        dialog.setCancelable(true);
        Button cancel = new Button(getTranslation("classroom.work.submit.confirm.cancel"), e -> dialog.close());
        cancel.setId("submit-cancel");
        dialog.setCancelButton(cancel);
        dialog.setConfirmText(getTranslation("classroom.work.submit.confirm.ok"));
        dialog.addConfirmListener(e -> doSubmit());
        dialog.open();
        // the dialog focuses its confirm button when it opens; a stray Enter must not submit: Cancel takes the focus
        // (it does so only once its overlay has opened, so wait for that, up to two seconds)
        dialog.getElement()
                .executeJs(
                        "const dialog = this, cancel = $0; let tries = 0;"
                                + "const timer = setInterval(() => {"
                                + "  const active = document.activeElement;"
                                + "  if (active === cancel || ++tries > 40) { clearInterval(timer); return; }"
                                + "  if (dialog.opened && active && active !== document.body && dialog.contains(active)) {"
                                + "    cancel.focus(); clearInterval(timer); }"
                                + "}, 50)",
                        cancel);
    }

    private void doSubmit() {
        try {
            SubmitResult result = attempts.submit(assignmentId);
            attempt = attempts.open(assignmentId);
            render(result);
            ClassroomUi.notify(getTranslation("classroom.work.submit.done"));
        } catch (RuntimeException e) {
            ClassroomUi.notify(ClassroomUi.message(this, e));
            attempt = attempts.open(assignmentId);
            render(null);
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                attempt == null
                        ? getTranslation("classroom.work.submit.heading")
                        : getTranslation(
                                "classroom.work.submit.title",
                                attempt.assignment().title()));
    }
}
