package app.lectern.question.match.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * For each left-hand text, in file order, a select of all right-hand choices (the rights plus the distractors),
 * shuffled once so that their order says nothing about the pairs. Answered when every left has a choice.
 */
public final class MatchInput extends AbstractQuestionInput<MatchAnswer> {

    // Not seeded from anything the browser knows: a reproducible shuffle would reveal the pairs.
    private static final Random RANDOM = new SecureRandom();

    private final Map<String, Select<String>> selectByLeft = new LinkedHashMap<>();

    /** Creates the input; {@code promptId} is the DOM id of the prompt that names the group. */
    public MatchInput(MatchQuestion question, LearningModule module, String promptId) {
        super("lectern-match-input");
        labelRootAsGroup(promptId);
        List<String> choices = choices(question, RANDOM);
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

    /** The distinct right-hand texts and distractors, shuffled. */
    static List<String> choices(MatchQuestion question, Random random) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        question.pairs().forEach(p -> distinct.add(p.right()));
        distinct.addAll(question.distractors());
        List<String> choices = new ArrayList<>(distinct);
        Collections.shuffle(choices, random);
        return choices;
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
}
