package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.attempt.ReviewItem;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /teach/assignments/<id>/review}: the open answers of an assignment waiting for their teacher, one card
 * each with the student's text (as text, never HTML), the rubric as radio buttons and a comment; saving a grade
 * moves on to the next card.
 */
@Route(value = "teach/assignments/:" + ReviewUi.ASSIGNMENT_ID + NotFoundView.ID + "/review", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class ReviewQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private Assignment assignment;
    private final List<Article> cards = new ArrayList<>();
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();

    /** Creates the view; its content is built when the assignment is known. */
    public ReviewQueueView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("lectern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = ClassroomUi.id(event, ReviewUi.ASSIGNMENT_ID);
        assignment = ReviewUi.orNotFound(this, () -> reviews.assignment(id));
        render(reviews.queue(assignment.id()));
    }

    private void render(List<ReviewItem> queue) {
        removeAll();
        cards.clear();
        add(ReviewUi.backLinks(this, assignment));
        add(new H1(getTranslation("classroom.review.queue.heading", assignment.title())));
        count.setId("review-count");
        count.getElement().setAttribute("role", "status");
        add(count);
        list.setId("review-cards");
        list.removeAll();
        add(list);
        for (ReviewItem item : queue) {
            Article card = card(item);
            cards.add(card);
            list.add(card);
        }
        update();
    }

    private Article card(ReviewItem item) {
        Article card = new Article();
        String id = "review-" + item.responseId();
        card.setId(id);
        card.addClassName("question-card");
        card.addClassName("review-card");
        card.getElement().setAttribute("aria-labelledby", id + "-heading");
        H2 heading = new H2(getTranslation("classroom.review.card.heading", item.studentName(), item.number()));
        heading.setId(id + "-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        card.add(heading);
        Paragraph status = new Paragraph((item.submitted()
                        ? getTranslation("classroom.review.card.submitted")
                        : getTranslation("classroom.review.card.not-submitted"))
                + " "
                + getTranslation(
                        "classroom.review.card.answered",
                        ClassroomUi.format(this, item.answeredAt(), assignment.zone())));
        status.addClassName("review-status");
        card.add(status);
        card.add(new H3(getTranslation("classroom.review.card.question")));
        Paragraph prompt = new Paragraph(item.prompt());
        prompt.addClassName("question-prompt");
        card.add(prompt);
        card.add(new H3(getTranslation("classroom.review.card.answer")));
        Div answer = new Div();
        answer.setText(item.answerText());
        answer.setId(id + "-answer");
        answer.addClassName("review-answer");
        card.add(answer);
        card.add(new GradingForm(
                id,
                item.scale(),
                null,
                null,
                getTranslation("classroom.review.card.save"),
                getTranslation("classroom.review.card.save-label", item.studentName()),
                (points, comment) -> {
                    reviews.grade(assignment.id(), item.responseId(), points, comment);
                    ClassroomUi.notify(getTranslation(
                            "classroom.review.saved", item.studentName(), ReviewUi.points(this, points)));
                    next(card);
                }));
        return card;
    }

    /** Removes the graded card and moves the keyboard focus to the next one (or the count when none is left). */
    private void next(Article graded) {
        int index = cards.indexOf(graded);
        cards.remove(graded);
        list.remove(graded);
        update();
        if (cards.isEmpty()) {
            count.getElement().setAttribute("tabindex", "-1");
            count.getElement().callJsFunction("focus");
        } else {
            Article next = cards.get(Math.min(index, cards.size() - 1));
            next.getChildren()
                    .filter(c -> c instanceof H2)
                    .findFirst()
                    .ifPresent(h -> h.getElement().callJsFunction("focus"));
        }
    }

    private void update() {
        count.setText(
                cards.isEmpty()
                        ? getTranslation("classroom.review.queue.empty")
                        : getTranslation("classroom.review.queue.count", cards.size()));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                assignment == null
                        ? getTranslation("classroom.review.queue.title")
                        : getTranslation("classroom.review.queue.heading", assignment.title()));
    }
}
