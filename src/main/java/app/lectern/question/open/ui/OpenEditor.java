package app.lectern.question.open.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.RowList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;

/** Edits an {@code open} question: the model answer and the rubric a teacher grades by. */
public final class OpenEditor extends QuestionEditor<OpenQuestion> {

    private final BaseFields base;
    private final TextArea modelAnswer = new TextArea();
    private final RowList<Level> rubric;

    /** One rubric line. */
    public final class Level extends Div {
        private final NumberField points = new NumberField(t("editor.open.level.points"));
        private final TextArea description = new TextArea(t("editor.open.level.description"));

        Level() {
            points.setMin(0);
            description.setMaxLength(1000);
            description.setWidthFull();
            points.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    fireChange();
                }
            });
            description.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    fireChange();
                }
            });
            add(points, description);
        }

        /** The points this level earns. */
        public NumberField points() {
            return points;
        }

        /** What earns them. */
        public TextArea description() {
            return description;
        }
    }

    /** Creates an empty editor. */
    public OpenEditor(EditorContext context) {
        super("open");
        base = new BaseFields("open", context, t("editor.prompt"), this::fireChange);
        modelAnswer.setLabel(t("editor.open.model"));
        modelAnswer.setMaxLength(4000);
        modelAnswer.setWidthFull();
        modelAnswer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireChange();
            }
        });
        rubric = new RowList<>(t("editor.open.rubric"), t("editor.open.level"), 10, Level::new, this::fireChange);
        addFields(base.top(), modelAnswer, rubric, base.bottom());
    }

    /** A new question with one empty rubric line. */
    public static OpenQuestion blank(String id) {
        return new OpenQuestion(BaseFields.blank(id, "open"), null, List.of(new RubricLevel(null, null)));
    }

    @Override
    public void setValue(OpenQuestion question) {
        base.setValue(question == null ? null : question.base());
        modelAnswer.setValue(orEmpty(question == null ? null : question.modelAnswer()));
        List<Level> levels = new ArrayList<>();
        for (RubricLevel r :
                question == null || question.rubric() == null ? List.<RubricLevel>of() : question.rubric()) {
            Level level = new Level();
            level.points.setValue(r == null ? null : r.points());
            level.description.setValue(orEmpty(r == null ? null : r.description()));
            levels.add(level);
        }
        rubric.setRows(levels);
    }

    @Override
    public OpenQuestion value() {
        List<RubricLevel> levels = new ArrayList<>();
        rubric.rows().forEach(l -> levels.add(new RubricLevel(l.points.getValue(), orNull(l.description.getValue()))));
        return new OpenQuestion(base.value(), orNull(modelAnswer.getValue()), levels);
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The model answer. */
    public TextArea modelAnswer() {
        return modelAnswer;
    }

    /** The rubric. */
    public RowList<Level> rubric() {
        return rubric;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.field("model-answer", modelAnswer).slot("rubric", rubric.problems());
        List<Level> levels = rubric.rows();
        for (int i = 0; i < levels.size(); i++) {
            targets.field("rubric[" + i + "]", levels.get(i).description)
                    .field("rubric[" + i + "].points", levels.get(i).points)
                    .field("rubric[" + i + "].description", levels.get(i).description);
        }
    }
}
