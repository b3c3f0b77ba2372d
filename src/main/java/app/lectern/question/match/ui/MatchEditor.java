package app.lectern.question.match.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.RowList;
import app.lectern.question.ui.TextRows;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Edits a {@code match} question: the pairs, and extra right-hand choices that match nothing. */
public final class MatchEditor extends QuestionEditor<MatchQuestion> {

    private final BaseFields base;
    private final RowList<Pair> pairs;
    private final TextRows distractors;

    /** One pair. */
    public final class Pair extends Div {
        private final TextField left = new TextField(t("editor.match.left"));
        private final TextField right = new TextField(t("editor.match.right"));

        Pair() {
            addClassName("lectern-editor-inline");
            for (TextField f : List.of(left, right)) {
                f.setMaxLength(500);
                f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        fireChange();
                    }
                });
            }
            add(left, right);
        }

        /** The left-hand text. */
        public TextField left() {
            return left;
        }

        /** The right-hand text it belongs with. */
        public TextField right() {
            return right;
        }
    }

    /** Creates an empty editor. */
    public MatchEditor(EditorContext context) {
        super("match");
        base = new BaseFields("match", context, t("editor.prompt"), this::fireChange);
        pairs = new RowList<>(t("editor.match.pairs"), t("editor.match.pair"), 8, Pair::new, this::fireChange);
        distractors = new TextRows(
                t("editor.match.distractors"),
                t("editor.match.distractor"),
                t("editor.match.distractor.field"),
                8,
                500,
                false,
                this::fireChange);
        addFields(base.top(), pairs, distractors, base.bottom());
    }

    /** A new question with two empty pairs. */
    public static MatchQuestion blank(String id) {
        MatchPair empty = new MatchPair(null, null);
        return new MatchQuestion(BaseFields.blank(id, "match"), List.of(empty, empty), List.of());
    }

    @Override
    public void setValue(MatchQuestion question) {
        base.setValue(question == null ? null : question.base());
        List<Pair> list = new ArrayList<>();
        for (MatchPair p : question == null || question.pairs() == null ? List.<MatchPair>of() : question.pairs()) {
            Pair pair = new Pair();
            pair.left.setValue(orEmpty(p == null ? null : p.left()));
            pair.right.setValue(orEmpty(p == null ? null : p.right()));
            list.add(pair);
        }
        pairs.setRows(list);
        distractors.setValue(question == null ? null : question.distractors());
    }

    @Override
    public MatchQuestion value() {
        List<MatchPair> out = new ArrayList<>();
        pairs.rows().forEach(p -> out.add(new MatchPair(orNull(p.left.getValue()), orNull(p.right.getValue()))));
        // the record copies its distractors, which refuses nulls: an empty row is simply no distractor yet
        return new MatchQuestion(
                base.value(),
                out,
                distractors.value().stream().filter(Objects::nonNull).toList());
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The pairs. */
    public RowList<Pair> pairs() {
        return pairs;
    }

    /** The extra right-hand choices. */
    public TextRows distractors() {
        return distractors;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.slot("pairs", pairs.problems());
        List<Pair> list = pairs.rows();
        for (int i = 0; i < list.size(); i++) {
            targets.field("pairs[" + i + "]", list.get(i).left)
                    .field("pairs[" + i + "].left", list.get(i).left)
                    .field("pairs[" + i + "].right", list.get(i).right);
        }
        distractors.problemTargets(targets, "distractors");
    }
}
