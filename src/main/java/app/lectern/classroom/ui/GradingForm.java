package app.lectern.classroom.ui;

import app.lectern.classroom.attempt.GradingScale;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.question.open.RubricLevel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Grading one open answer against its rubric: the points as radio buttons (with the level descriptions, or after
 * the list of criteria), a comment to the student, and a save button. Used by the queue and by a student's work.
 */
final class GradingForm extends Div {

    /** Stores a grade; throws what {@link ReviewService#grade} throws. */
    @FunctionalInterface
    interface Save {
        void save(double points, String comment);
    }

    private final RadioButtonGroup<Double> points = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Button save = new Button();

    GradingForm(
            String idPrefix,
            GradingScale scale,
            Double current,
            String currentComment,
            String saveText,
            String saveLabel,
            Save onSave) {
        addClassName("grading-form");
        if (scale.criteria()) {
            Paragraph rubric = new Paragraph(getTranslation("classroom.review.card.rubric"));
            rubric.addClassName("grading-rubric-heading");
            UnorderedList criteria = new UnorderedList();
            criteria.addClassName("grading-criteria");
            for (RubricLevel level : scale.levels()) {
                criteria.add(new ListItem(getTranslation(
                        "classroom.review.card.level", ReviewUi.points(this, level.points()), level.description())));
            }
            add(rubric, criteria, new Paragraph(getTranslation("classroom.review.card.criteria-help")));
        }
        points.setLabel(getTranslation("classroom.review.card.points-label"));
        points.setId(idPrefix + "-points");
        points.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        points.setItems(allowed(scale));
        points.setItemLabelGenerator(p -> scale.criteria() || scale.levels().isEmpty()
                ? ReviewUi.points(this, p)
                : getTranslation("classroom.review.card.level", ReviewUi.points(this, p), levelText(scale, p)));
        points.setRequiredIndicatorVisible(true);
        if (current != null && allowed(scale).contains(current)) {
            points.setValue(current);
        }
        comment.setLabel(getTranslation("classroom.review.card.comment"));
        comment.setId(idPrefix + "-comment");
        comment.setMaxLength(ReviewService.MAX_COMMENT);
        comment.setHelperText(getTranslation("classroom.review.card.comment-help"));
        comment.setWidthFull();
        comment.setMinRows(2);
        if (currentComment != null) {
            comment.setValue(currentComment);
        }
        save.setText(saveText);
        save.setId(idPrefix + "-save");
        save.setAriaLabel(saveLabel);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            points.setInvalid(false);
            comment.setInvalid(false);
            if (points.getValue() == null) {
                points.setErrorMessage(getTranslation("classroom.review.error.points-required"));
                points.setInvalid(true);
                return;
            }
            try {
                onSave.save(points.getValue(), comment.getValue());
            } catch (ClassroomException ex) {
                boolean aboutComment = ex.messageKey().startsWith("classroom.review.error.comment");
                (aboutComment ? comment : points).setInvalid(true);
                if (aboutComment) {
                    comment.setErrorMessage(ClassroomUi.message(this, ex));
                } else {
                    points.setErrorMessage(ClassroomUi.message(this, ex));
                }
            }
        });
        add(points, comment, save);
    }

    private static List<Double> allowed(GradingScale scale) {
        if (!scale.allowedPoints().isEmpty()) {
            return scale.allowedPoints();
        }
        List<Double> whole = new ArrayList<>();
        for (int p = 0; p <= scale.maxPoints(); p++) {
            whole.add((double) p);
        }
        return whole;
    }

    private String levelText(GradingScale scale, double p) {
        String text = scale.levels().stream()
                .filter(l -> Math.abs(l.points() - p) < 1e-6)
                .map(RubricLevel::description)
                .collect(Collectors.joining(" / "));
        return text.isEmpty() ? getTranslation("classroom.review.card.no-level") : text;
    }
}
