package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Supplier;

/** What the teacher's review views share: ids from the URL, "not found", points and the way back. */
final class ReviewUi {

    /** The route parameter holding an assignment id. */
    static final String ASSIGNMENT_ID = "assignmentId";

    /** The route parameter holding a student's account id. */
    static final String STUDENT_ID = "studentId";

    private ReviewUi() {}

    /** Loads what a review view shows; else the not-found page, also for another teacher's assignment. */
    static <T> T orNotFound(Component view, Supplier<T> load) {
        return NotFoundView.orNotFound(load, view.getTranslation("classroom.review.notfound"));
    }

    /** Points as "3 points", "1 point", "2.5 points". */
    static String points(Component view, double points) {
        return view.getTranslation("classroom.review.points", points);
    }

    /** Links back to the assignment's gradebook and to its class. */
    static Paragraph backLinks(Component view, Assignment assignment) {
        RouterLink gradebook = new RouterLink(
                view.getTranslation("classroom.review.to-gradebook"),
                GradebookView.class,
                new RouteParameters(GradebookView.ASSIGNMENT_ID, String.valueOf(assignment.id())));
        RouterLink toClass = new RouterLink(
                view.getTranslation("classroom.review.to-class"),
                ClassView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(assignment.classId())));
        Paragraph links = new Paragraph(gradebook, new com.vaadin.flow.component.html.Span(" \u00b7 "), toClass);
        links.addClassName("review-back");
        return links;
    }
}
