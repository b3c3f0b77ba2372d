package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentStatus;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.StudentAssignment;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;

/** {@code /assignments}: the signed-in student's open assignments with class, due date and status. */
@Route(value = "assignments", layout = MainLayout.class)
@RolesAllowed("STUDENT")
public class MyAssignmentsView extends Div implements HasDynamicTitle {

    private final AttemptService attempts;

    /** Builds the list for the signed-in student. */
    public MyAssignmentsView(ClassroomService classroom, AttemptService attempts) {
        this.attempts = attempts;
        addClassName("lectern-page");
        add(new H1(getTranslation("classroom.assignments.heading")));
        List<StudentAssignment> assignments = classroom.myAssignments();
        if (assignments.isEmpty()) {
            add(new Paragraph(getTranslation("classroom.assignments.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("assignments");
            list.addClassName("assignment-list");
            list.getElement().setAttribute("aria-label", getTranslation("classroom.assignments.heading"));
            for (StudentAssignment sa : assignments) {
                list.add(new ListItem(card(sa)));
            }
            add(list);
        }
        add(new Paragraph(new RouterLink(getTranslation("classroom.assignments.join"), JoinView.class)));
    }

    private Article card(StudentAssignment sa) {
        Assignment a = sa.assignment();
        Article card = new Article();
        card.setId("assignment-" + a.id());
        card.addClassName("module-card");
        RouterLink open =
                new RouterLink(a.title(), AssignmentReaderView.class, AssignmentReaderView.parameters(a.id(), null));
        card.add(new H2(open));
        card.add(new Paragraph(a.className()));
        Span badge = new Span(getTranslation("classroom.status." + sa.status().name()));
        badge.getElement().getThemeList().add(sa.status() == AssignmentStatus.LATE ? "badge error" : "badge");
        badge.addClassName("status-badge");
        card.add(new Paragraph(
                new Span(getTranslation("classroom.assignments.due", ClassroomUi.format(this, a.dueAt(), a.zone()))),
                new Span(" "),
                badge));
        String done = getTranslation("classroom.assignments.progress", sa.answered(), sa.questions());
        ProgressBar bar = new ProgressBar(0, Math.max(1, sa.questions()), sa.answered());
        bar.getElement().setAttribute("aria-label", done);
        Paragraph count = new Paragraph(done);
        count.addClassName("progress-text");
        card.add(bar, count);
        attempts.myResult(a.id()).ifPresent(result -> {
            Paragraph score = new Paragraph(getTranslation(
                    "classroom.assignments.score",
                    number(result.points()),
                    number(result.maxPoints()),
                    number(Math.round(result.percent()))));
            score.addClassName("assignment-score");
            score.setId("score-" + a.id());
            if (result.commented()) {
                Span commented = new Span(getTranslation("classroom.assignments.commented"));
                commented.getElement().getThemeList().add("badge success");
                commented.setId("commented-" + a.id());
                score.add(new Span(" "), commented);
            }
            card.add(score);
        });
        return card;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("classroom.assignments.title"));
    }
}
