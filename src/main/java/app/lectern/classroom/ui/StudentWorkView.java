package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.attempt.StudentWork;
import app.lectern.classroom.attempt.StudentWork.QuestionWork;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.notes.NotesService;
import app.lectern.notes.ui.SharedNotesList;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.TableScroll;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/**
 * {@code /teach/assignments/<id>/students/<studentId>}: one student's current attempt for their teacher: every
 * question with the latest answer as text, points, tries and review; grading open answers, "allow one more try"
 * per question and "reset attempt".
 */
@Route(
        value = "teach/assignments/:" + ReviewUi.ASSIGNMENT_ID + NotFoundView.ID + "/students/:" + ReviewUi.STUDENT_ID
                + NotFoundView.ID,
        layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class StudentWorkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final NotesService notes;
    private StudentWork work;

    /** Creates the view; its content is built when the student is known. */
    public StudentWorkView(ReviewService reviews, NotesService notes) {
        this.reviews = reviews;
        this.notes = notes;
        addClassName("lectern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = ClassroomUi.id(event, ReviewUi.ASSIGNMENT_ID);
        long studentId = ClassroomUi.id(event, ReviewUi.STUDENT_ID);
        work = ReviewUi.orNotFound(this, () -> reviews.studentWork(assignmentId, studentId));
        render();
    }

    private void reload() {
        work = reviews.studentWork(work.assignment().id(), work.studentId());
        render();
    }

    private void render() {
        removeAll();
        Assignment a = work.assignment();
        add(ReviewUi.backLinks(this, a));
        add(new H1(getTranslation("classroom.review.work.heading", work.studentName(), a.title())));
        Div status = new Div();
        status.setId("work-status");
        if (!work.started()) {
            status.add(new Paragraph(getTranslation("classroom.review.work.not-started")));
        } else {
            status.add(new Paragraph(getTranslation("classroom.review.work.started", date(work.startedAt()))));
            status.add(new Paragraph(
                    work.submittedAt() != null
                            ? getTranslation("classroom.review.work.submitted", date(work.submittedAt()))
                            : getTranslation("classroom.review.work.in-progress")));
            if (work.submittedAt() == null && work.firstSubmittedAt() != null) {
                status.add(new Paragraph(
                        getTranslation("classroom.review.work.first-submitted", date(work.firstSubmittedAt()))));
            }
        }
        if (work.resets() > 0) {
            status.add(new Paragraph(getTranslation("classroom.review.work.resets", work.resets())));
        }
        add(status);
        Button reset = new Button(getTranslation("classroom.review.work.reset"), e -> confirmReset());
        reset.setId("reset-attempt");
        reset.addThemeVariants(ButtonVariant.ERROR);
        reset.setEnabled(work.started());
        add(new Paragraph(reset));
        add(answers());
        notes.sharedNotes(a.id(), work.studentId()).ifPresent(shared -> add(SharedNotesList.of(this, shared)));
    }

    private Section answers() {
        Section section = new Section();
        H2 heading = new H2(getTranslation("classroom.review.work.answers"));
        heading.setId("answers-heading");
        section.getElement().setAttribute("aria-labelledby", "answers-heading");
        section.add(heading);
        NativeTable table = new NativeTable();
        table.setId("work-table");
        table.addClassName("work-table");
        table.setCaptionText(getTranslation(
                "classroom.review.work.heading",
                work.studentName(),
                work.assignment().title()));
        NativeTableRow head = table.getHead().addRow();
        for (String col : new String[] {"question", "answer", "points", "tries", "review", "actions"}) {
            head.addHeaderCell().setText(getTranslation("classroom.review.work.col." + col));
        }
        for (QuestionWork q : work.questions()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("question-" + q.questionId());
            NativeTableHeaderCell question = row.addHeaderCell();
            question.setText(getTranslation("classroom.review.work.question", q.number(), q.prompt()));
            question.getElement().setAttribute("scope", "row");
            NativeTableCell answer = row.addDataCell();
            answer.addClassName("review-answer");
            answer.setText(q.answered() ? q.answerText() : getTranslation("classroom.review.work.unanswered"));
            row.addDataCell()
                    .setText(
                            !q.answered()
                                    ? ""
                                    : q.pendingReview()
                                            ? getTranslation("classroom.review.work.pending")
                                            : getTranslation("classroom.review.points-of", q.points(), q.maxPoints()));
            row.addDataCell()
                    .setText(
                            q.extraTries() > 0
                                    ? getTranslation(
                                            "classroom.review.work.tries-extra",
                                            q.triesUsed(),
                                            q.triesAllowed(),
                                            q.extraTries())
                                    : getTranslation("classroom.review.work.tries", q.triesUsed(), q.triesAllowed()));
            NativeTableCell review = row.addDataCell();
            if (q.review() != null) {
                String when = date(q.review().reviewedAt());
                review.add(new Paragraph(getTranslation(
                        "classroom.review.work.reviewed",
                        ReviewUi.points(this, q.review().points()),
                        when)));
                if (q.review().comment() != null) {
                    Paragraph comment = new Paragraph(q.review().comment());
                    comment.addClassName("review-comment");
                    review.add(comment);
                }
            }
            row.addDataCell().add(actions(q));
        }
        section.add(TableScroll.of(table, getTranslation("classroom.review.work.table")));
        return section;
    }

    private Div actions(QuestionWork q) {
        Div actions = new Div();
        actions.addClassName("work-actions");
        if (q.scale() != null && q.answered()) {
            String text = getTranslation(
                    q.review() == null ? "classroom.review.work.grade" : "classroom.review.work.regrade");
            Button grade = new Button(text, e -> openGrading(q));
            grade.setId("grade-" + q.questionId());
            grade.setAriaLabel(getTranslation("classroom.review.work.grade-label", q.number(), text));
            actions.add(grade);
        }
        Button more = new Button(getTranslation("classroom.review.work.one-more"));
        more.setId("one-more-" + q.questionId());
        more.setAriaLabel(getTranslation("classroom.review.work.one-more-label", work.studentName(), q.number()));
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.setEnabled(work.started());
        more.setDisableOnClick(true);
        more.addClickListener(e -> {
            boolean wasSubmitted = work.submittedAt() != null;
            try {
                reviews.allowOneMoreTry(work.assignment().id(), work.studentId(), q.questionId());
                ClassroomUi.notify(getTranslation("classroom.review.work.one-more-done", work.studentName(), q.number())
                        + (wasSubmitted ? " " + getTranslation("classroom.review.work.reopened") : ""));
                reload();
            } catch (ClassroomException ex) {
                ClassroomUi.notify(ClassroomUi.message(this, ex));
                more.setEnabled(true);
            }
        });
        actions.add(more);
        return actions;
    }

    private void openGrading(QuestionWork q) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("classroom.review.work.grade-dialog", q.number()));
        Paragraph answer = new Paragraph(q.answerText());
        answer.addClassName("review-answer");
        dialog.add(new Paragraph(q.prompt()), answer);
        dialog.add(new GradingForm(
                "dialog-" + q.questionId(),
                q.scale(),
                q.review() == null ? null : q.review().points(),
                q.review() == null ? null : q.review().comment(),
                getTranslation("classroom.review.card.save"),
                getTranslation("classroom.review.card.save-label", work.studentName()),
                (points, comment) -> {
                    reviews.grade(work.assignment().id(), q.responseId(), points, comment);
                    ClassroomUi.notify(getTranslation(
                            "classroom.review.saved", work.studentName(), ReviewUi.points(this, points)));
                    dialog.close();
                    reload();
                }));
        Button cancel = new Button(getTranslation("classroom.review.work.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        add(dialog);
        dialog.open();
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("classroom.review.work.reset.header", work.studentName()));
        Assignment a = work.assignment();
        String text = getTranslation("classroom.review.work.reset.text", work.studentName());
        if (Instant.now().isAfter(a.dueAt()) && !a.lateAccepted()) {
            text += " " + getTranslation("classroom.review.work.reset.closed-warning", work.studentName());
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("classroom.review.work.cancel"));
        dialog.setConfirmText(getTranslation("classroom.review.work.reset.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            boolean reset = reviews.resetAttempt(a.id(), work.studentId());
            ClassroomUi.notify(getTranslation(
                    reset ? "classroom.review.work.reset.done" : "classroom.review.work.reset.nothing",
                    work.studentName()));
            reload();
        });
        dialog.open();
    }

    private String date(Instant instant) {
        return ClassroomUi.format(this, instant, work.assignment().zone());
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                work == null
                        ? getTranslation("classroom.review.work.title")
                        : getTranslation(
                                "classroom.review.work.heading",
                                work.studentName(),
                                work.assignment().title()));
    }
}
