package app.lectern.question.match.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.OptionOrder;
import app.lectern.question.PartVerdict;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For each left-hand text, in file order, a select of all right-hand choices (the rights plus the distractors),
 * shuffled once so that their order says nothing about the pairs. Answered when every left has a choice.
 */
public final class MatchInput extends AbstractQuestionInput<MatchAnswer> {

    private final Map<String, Select<String>> selectByLeft = new LinkedHashMap<>();

    /**
     * Creates the input; {@code promptId} is the DOM id of the prompt that names the group.
     *
     * @param seed the question's display seed, from the server's display orders ({@link OptionOrder}): the choices
     *     keep their order on every render
     */
    public MatchInput(MatchQuestion question, LearningModule module, String promptId, long seed) {
        super("lectern-match-input");
        labelRootAsGroup(promptId);
        List<String> choices = choices(question, seed);
        for (MatchPair pair : question.pairs()) {
            if (selectByLeft.containsKey(pair.left())) {
                continue;
            }
            String left = Markdown.plainText(pair.left());
            Span label = new Span(left);
            label.addClassName("lectern-match-left");
            Select<String> select = new Select<>();
            select.addClassName("lectern-match-choice");
            select.setItems(choices);
            select.setItemLabelGenerator(Markdown::plainText);
            select.setPlaceholder(t("question.match.choose"));
            select.setAriaLabel(left);
            select.addValueChangeListener(e -> fireChange());
            selectByLeft.put(pair.left(), select);
            Div row = new Div(label, select);
            row.addClassName("lectern-match-row");
            root().add(row);
        }
    }

    /** The distinct right-hand texts and distractors, in the order the seed fixes. */
    static List<String> choices(MatchQuestion question, long seed) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        question.pairs().forEach(p -> distinct.add(p.right()));
        distinct.addAll(question.distractors());
        return OptionOrder.shuffle(List.copyOf(distinct), seed);
    }

    @Override
    public Optional<MatchAnswer> answer() {
        Map<String, String> rightByLeft = new LinkedHashMap<>();
        for (Map.Entry<String, Select<String>> e : selectByLeft.entrySet()) {
            String right = e.getValue().getValue();
            if (right == null) {
                return Optional.empty();
            }
            rightByLeft.put(e.getKey(), right);
        }
        return Optional.of(new MatchAnswer(Collections.unmodifiableMap(rightByLeft)));
    }

    @Override
    public void restore(MatchAnswer answer) {
        Map<String, String> given = answer == null || answer.rightByLeft() == null ? Map.of() : answer.rightByLeft();
        selectByLeft.forEach((left, select) -> {
            String right = given.get(left);
            boolean offered = right != null && select.getListDataView().contains(right);
            select.setValue(offered ? right : null);
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        selectByLeft.values().forEach(s -> s.setReadOnly(readOnly));
    }

    /** Each pair's mark under its choice, as the field's helper text. */
    @Override
    public void showParts(List<PartVerdict> verdicts) {
        Map<String, PartVerdict.Mark> marks = byPart(verdicts);
        selectByLeft.forEach((left, select) -> {
            PartVerdict.Mark mark = marks.get(left);
            select.setHelperComponent(mark == null ? null : partMark(mark));
        });
    }

    @Override
    public void clearParts() {
        selectByLeft.values().forEach(s -> s.setHelperComponent(null));
    }
}
