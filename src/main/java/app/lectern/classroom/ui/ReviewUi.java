package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/** What the teacher's review views share: ids from the URL, "not found", points and the way back. */
final class ReviewUi {

    /** The route parameter holding an assignment id. */
    static final String ASSIGNMENT_ID = "assignmentId";

    /** The route parameter holding a student's account id. */
    static final String STUDENT_ID = "studentId";

    private ReviewUi() {}

    /** A numeric id of the URL, or empty for a missing or malformed one. */
    static Optional<Long> id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Loads what a view shows, or shows "not found": an unknown id and another teacher's assignment look the same,
     * so nobody learns whether it exists.
     */
    static <T> Optional<T> loadOrNotFound(BeforeEnterEvent event, Component view, Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (NoSuchElementException | AccessDeniedException e) {
            notFound(event, view);
            return Optional.empty();
        }
    }

    static void notFound(BeforeEnterEvent event, Component view) {
        NotFoundView.reroute(event, view.getTranslation("classroom.review.notfound"));
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
