package app.lectern.lti.ui;

import app.lectern.classroom.Assignment;
import app.lectern.lti.GradeSyncStatus;
import app.lectern.lti.LmsGrades;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.TableScroll;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * {@code /teach/assignments/<id>/lms-grades}: for an assignment a learning platform links to, each student's last
 * score sent there (sent, waiting, retrying with the reason, failed) and "Send again". The teacher of the class only.
 */
@Route(value = "teach/assignments/:assignmentId" + NotFoundView.ID + "/lms-grades", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class LmsGradesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LmsGrades grades;
    private Assignment assignment;

    /** Creates the view; its content is built when the assignment is known. */
    public LmsGradesView(LmsGrades grades) {
        this.grades = grades;
        addClassName("lectern-page");
        addClassName("lms-grades");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElseThrow());
        assignment = NotFoundView.orNotFound(() -> grades.assignment(id), getTranslation("lti.grades.notfound"));
        render();
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("lti.grades.title"));
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("teach/assignments/" + assignment.id(), getTranslation("lti.grades.back"));
        back.setId("back-to-gradebook");
        add(back);
        add(new H1(getTranslation("lti.grades.heading", assignment.title())));
        add(new Paragraph(getTranslation("lti.grades.help")));
        List<LmsGrades.LineItem> items = grades.lineItems(assignment.id());
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("lti.grades.not-linked")));
            return;
        }
        for (LmsGrades.LineItem item : items) {
            Paragraph p = new Paragraph(
                    item.created()
                            ? getTranslation("lti.grades.line-item.ready", item.platform())
                            : item.errorKey() == null
                                    ? getTranslation("lti.grades.line-item.waiting", item.platform())
                                    : getTranslation(
                                            "lti.grades.line-item.error",
                                            item.platform(),
                                            getTranslation(
                                                    item.errorKey(),
                                                    item.errorArgs().toArray())));
            p.addClassName("lms-line-item");
            add(p);
        }
        add(table(grades.status(assignment.id())));
    }

    private Div table(List<GradeSyncStatus> rows) {
        NativeTable table = new NativeTable();
        table.setId("lms-grades-table");
        table.addClassNames("skill-table", "lms-grades-table");
        table.setCaptionText(getTranslation("lti.grades.table"));
        NativeTableRow head = table.getHead().addRow();
        List<String> labels = List.of("student", "platform", "state", "sent", "action").stream()
                .map(key -> getTranslation("lti.grades.column." + key))
                .toList();
        labels.forEach(label -> head.addHeaderCell().setText(label));
        for (GradeSyncStatus s : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("lms-grade-" + s.studentId());
            var name = row.addHeaderCell();
            name.setText(s.displayName());
            name.getElement().setAttribute("scope", "row");
            labelled(row.addDataCell(), labels.get(1)).setText(s.platform());
            Span state = new Span(stateText(s));
            state.addClassName("lms-state-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
            labelled(row.addDataCell(), labels.get(2)).add(state);
            labelled(row.addDataCell(), labels.get(3)).setText(s.sentAt() == null ? "—" : sentText(s));
            if (s.state() == GradeSyncStatus.State.NONE) {
                row.addDataCell().addClassName("lms-no-action");
            } else {
                Button again = new Button(getTranslation("lti.grades.send-again"), e -> sendAgain(s));
                again.setId("send-again-" + s.studentId());
                again.getElement()
                        .setAttribute("aria-label", getTranslation("lti.grades.send-again-label", s.displayName()));
                row.addDataCell().add(again);
            }
        }
        return TableScroll.of(table, getTranslation("lti.grades.table"));
    }

    /** The column's name, which a phone shows before the value (the table becomes one card per row). */
    private static com.vaadin.flow.component.html.NativeTableCell labelled(
            com.vaadin.flow.component.html.NativeTableCell cell, String label) {
        cell.getElement().setAttribute("data-label", label);
        return cell;
    }

    private String stateText(GradeSyncStatus s) {
        return switch (s.state()) {
            case NONE -> getTranslation("lti.grades.state.none");
            case PENDING -> getTranslation("lti.grades.state.pending");
            case SENT -> getTranslation("lti.grades.state.sent");
            case RETRYING ->
                getTranslation(
                        "lti.grades.state.retrying",
                        s.tries(),
                        format(s.nextTry()),
                        s.errorKey() == null
                                ? ""
                                : getTranslation(s.errorKey(), s.errorArgs().toArray()));
            case FAILED ->
                getTranslation(
                        "lti.grades.state.failed",
                        s.errorKey() == null
                                ? ""
                                : getTranslation(s.errorKey(), s.errorArgs().toArray()));
        };
    }

    private String sentText(GradeSyncStatus s) {
        String summary = s.sentSummary() == null ? "" : s.sentSummary();
        int space = summary.indexOf(' ');
        String code = space < 0 ? summary : summary.substring(0, space);
        String points = space < 0 ? "" : summary.substring(space + 1);
        String what = code.isEmpty() ? "" : getTranslation("lti.grades.sent." + code, points);
        return getTranslation("lti.grades.sent-at", format(s.sentAt()), what);
    }

    private void sendAgain(GradeSyncStatus s) {
        grades.sendAgain(assignment.id(), s.studentId());
        Notification.show(getTranslation("lti.grades.queued", s.displayName()));
        render();
    }

    private String format(Instant instant) {
        if (instant == null) {
            return "—";
        }
        ZoneId zone = assignment.zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .format(instant.atZone(zone));
    }
}
