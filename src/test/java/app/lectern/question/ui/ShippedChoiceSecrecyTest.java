package app.lectern.question.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.Option;
import app.lectern.question.OptionOrder;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.single.SingleQuestion;
import com.vaadin.flow.dom.Element;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * In the shipped module, neither the position of the right option nor anything the choice inputs send to the
 * browser tells which option is right.
 */
class ShippedChoiceSecrecyTest extends InputTestSupport {

    private static final LearningModule SHIPPED = new ModuleLoader()
            .load(Path.of("content", "china-russia-ukraine", ModuleLoader.MODULE_FILE))
            .module()
            .orElseThrow();

    @Test
    void theRightOptionIsNotAlwaysInTheSamePosition() {
        List<Integer> positions = SHIPPED.questions()
                .filter(SingleQuestion.class::isInstance)
                .map(SingleQuestion.class::cast)
                .map(q -> ids(q.options()).indexOf(q.answer()))
                .toList();
        Map<Integer, Long> perPosition =
                positions.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(positions).hasSizeGreaterThanOrEqualTo(8).doesNotContain(-1);
        assertThat(perPosition.keySet()).as("positions of the right option").hasSizeGreaterThanOrEqualTo(3);
        assertThat(perPosition.values())
                .as("no position holds the key in more than half of the questions: " + perPosition)
                .allMatch(n -> n * 2 <= positions.size());
        List<Set<Integer>> multiple = SHIPPED.questions()
                .filter(MultipleQuestion.class::isInstance)
                .map(MultipleQuestion.class::cast)
                .map(q -> q.answers().stream().map(ids(q.options())::indexOf).collect(Collectors.toSet()))
                .toList();
        assertThat(multiple).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Set.copyOf(multiple)).as("sets of right positions").hasSizeGreaterThan(1);
    }

    @Test
    void whatAChoiceInputSendsDependsOnlyOnThePositionNeverOnTheKey() {
        Map<Integer, List<String>> valuesByOptionCount = new HashMap<>();
        List<Question> choices = SHIPPED.questions()
                .filter(q -> q instanceof SingleQuestion || q instanceof MultipleQuestion)
                .toList();
        for (Question question : choices) {
            for (Question shown : List.of(question, OptionOrder.shuffled(question, 42))) {
                List<Option> options = options(shown);
                QuestionInput<?> input = attach(QuestionInputs.create(shown, SHIPPED, PROMPT_ID, 7L));
                List<Element> items = ElementTree.elements(input.component().getElement()).stream()
                        .filter(e -> !e.isTextNode())
                        .filter(e -> e.getTag().equals("vaadin-radio-button")
                                || e.getTag().equals("vaadin-checkbox"))
                        .toList();
                List<String> values = items.stream()
                        .map(e -> Objects.toString(e.getPropertyRaw("value"), e.getAttribute("value")))
                        .toList();

                assertThat(items).as(question.id() + ": one item per option").hasSameSizeAs(options);
                assertThat(values)
                        .as(question.id() + ": values")
                        .doesNotHaveDuplicates()
                        .allMatch(Objects::nonNull);
                assertThat(values)
                        .as(question.id() + ": the values the browser gets are the same for every question with"
                                + " as many options, wherever its key is")
                        .isEqualTo(valuesByOptionCount.computeIfAbsent(options.size(), n -> values));
                assertThat(exactValues(input.component().getElement()))
                        .as(question.id() + ": no attribute or property is an option id")
                        .doesNotContainAnyElementsOf(ids(options));
                assertNoLeak(input, secrets(shown, options));
                UI().removeAll();
            }
        }
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }

    private static List<String> secrets(Question question, List<Option> options) {
        List<String> secrets = new ArrayList<>();
        secrets.add(question.base().explanation());
        options.stream().map(Option::feedback).filter(Objects::nonNull).forEach(secrets::add);
        return secrets;
    }

    private static Collection<String> exactValues(Element root) {
        List<String> values = new ArrayList<>();
        for (Element e : ElementTree.elements(root)) {
            if (e.isTextNode()) {
                continue;
            }
            e.getPropertyNames().forEach(p -> values.add(String.valueOf(e.getPropertyRaw(p))));
            e.getAttributeNames().forEach(a -> values.add(e.getAttribute(a)));
        }
        return values;
    }

    private static List<Option> options(Question question) {
        return switch (question) {
            case SingleQuestion q -> q.options();
            case MultipleQuestion q -> q.options();
            default -> throw new IllegalArgumentException(question.id());
        };
    }

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }
}
