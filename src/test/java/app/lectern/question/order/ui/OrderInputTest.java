package app.lectern.question.order.ui;

import static app.lectern.question.ui.InputFixtures.MODULE;
import static app.lectern.question.ui.InputFixtures.ORDER;
import static app.lectern.question.ui.InputFixtures.ORDER_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.OptionOrder;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.order.OrderItem;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class OrderInputTest extends InputTestSupport {

    private static final List<String> KEY_TEXTS =
            ORDER.items().stream().map(OrderItem::text).toList();
    private static final List<String> KEY_IDS =
            ORDER.items().stream().map(OrderItem::id).toList();

    private static final long SEED = 20_240_601L;

    private OrderInput input;

    @BeforeEach
    void attachInput() {
        input = attach(new OrderInput(ORDER, MODULE, PROMPT_ID, SEED));
    }

    private List<String> shownTexts() {
        return texts(input);
    }

    private List<String> texts(OrderInput shown) {
        return $(ListItem.class, shown.component()).all().stream()
                .map(li -> $(Span.class, li)
                        .withClassName("lectern-order-text")
                        .single()
                        .getText())
                .toList();
    }

    private Button button(String direction, String text) {
        return $(Button.class, input.component())
                .withAriaLabel("Move '" + text + "' " + direction)
                .single();
    }

    @Test
    void showsTheItemsInTheOrderTheSeedFixesTheKeyOrderIncluded() {
        assertThat(shownTexts()).containsExactlyInAnyOrderElementsOf(KEY_TEXTS);
        assertThat(idsOf(shownTexts()))
                .as("the order comes from the seed the server gives, the same on every render")
                .isEqualTo(OptionOrder.shuffle(KEY_IDS, SEED))
                .isEqualTo(idsOf(texts(attach(new OrderInput(ORDER, MODULE, PROMPT_ID, SEED)))));
        long keySeed = LongStream.range(0, 10_000)
                .filter(seed -> OptionOrder.shuffle(ORDER.items(), seed).equals(ORDER.items()))
                .findFirst()
                .orElseThrow();
        assertThat(idsOf(texts(attach(new OrderInput(ORDER, MODULE, PROMPT_ID, keySeed)))))
                .as("the key order is a possible display order: one never shown would give the key away")
                .isEqualTo(KEY_IDS);
    }

    @Test
    void theAnswerIsTheListAsShownAndFollowsEveryMove() {
        assertThat(input.answer().orElseThrow().itemIds()).containsExactlyElementsOf(idsOf(shownTexts()));
        String second = shownTexts().get(1);

        test(button("up", second)).click();

        List<String> shown = shownTexts();
        assertThat(shown.getFirst()).isEqualTo(second);
        assertThat(input.answer().orElseThrow().itemIds()).containsExactlyElementsOf(idsOf(shown));
    }

    @Test
    void canBePutInTheKeyOrderByKeyboardButtonsAlone() {
        // selection sort with "Move up" only: bring each key item up to its place
        for (int target = 0; target < KEY_TEXTS.size(); target++) {
            String text = KEY_TEXTS.get(target);
            while (shownTexts().indexOf(text) > target) {
                test(button("up", text)).click();
            }
        }

        assertThat(input.answer()).contains(new OrderAnswer(KEY_IDS));
    }

    @Test
    void keepsTheFocusOnTheMovedItemAndAnnouncesItsPosition() {
        String first = shownTexts().getFirst();
        Button down = button("down", first);

        test(down).click();

        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations())
                .anyMatch(js -> js.getOwner() == down.getElement().getNode()
                        && js.getInvocation().getExpression().contains("focus"));
        assertThat($(Span.class, input.component())
                        .withAttribute("aria-live", "polite")
                        .single()
                        .getText())
                .isEqualTo("'" + first + "' is now number 2 of 4.");
    }

    @Test
    void movesTheFocusToTheOtherButtonAtTheEdge() {
        String second = shownTexts().get(1);

        test(button("up", second)).click();

        Button up = button("up", second);
        Button down = button("down", second);
        assertThat(up.isEnabled()).isFalse();
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations())
                .anyMatch(js -> js.getOwner() == down.getElement().getNode()
                        && js.getInvocation().getExpression().contains("focus"));
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new OrderAnswer(List.of("zq-fourth", "zq-third", "zq-second", "zq-first")));

        assertThat(shownTexts()).containsExactlyElementsOf(KEY_TEXTS.reversed());
        assertThat(input.answer()).contains(new OrderAnswer(List.of("zq-fourth", "zq-third", "zq-second", "zq-first")));
    }

    @Test
    void cannotBeMovedWhenReadOnly() {
        input.setReadOnly(true);

        assertThat($(Button.class, input.component()).all()).noneMatch(Button::isEnabled);
    }

    @Test
    void sendsNoItemIdsToTheBrowser() {
        test(button("down", shownTexts().getFirst())).click();

        assertNoLeak(input, ORDER_SECRETS);
    }

    /** A drop as the drag script reports it, numbers or not. */
    private void drop(Object from, Object to) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.set("event.detail.from", JacksonUtils.getMapper().valueToTree(from));
        data.set("event.detail.to", JacksonUtils.getMapper().valueToTree(to));
        Element root = input.component().getElement();
        root.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(root, "lectern-order-move", data));
    }

    @Test
    void aDragDropMovesTheItemAndTheStatusSaysWhere() {
        List<String> before = shownTexts();

        drop(0, 2);

        assertThat(shownTexts()).containsExactly(before.get(1), before.get(2), before.get(0), before.get(3));
        assertThat(input.answer().orElseThrow().itemIds()).containsExactlyElementsOf(idsOf(shownTexts()));
        assertThat($(Span.class, input.component())
                        .withClassName("lectern-sr-only")
                        .single()
                        .getText())
                .isEqualTo("'" + before.get(0) + "' is now number 3 of 4.");
    }

    @Test
    void aDropOutsideTheListOrOnAReadOnlyListIsIgnored() {
        List<String> before = shownTexts();

        drop(0, 4);
        drop(-1, 1);
        drop("0", 1);
        drop(1.5, 0);
        assertThat(shownTexts()).isEqualTo(before);

        input.setReadOnly(true);
        drop(0, 1);
        assertThat(shownTexts()).isEqualTo(before);
    }

    @Test
    void everyRowHasAPointerHandleHiddenFromScreenReadersAndNoTooltip() {
        assertThat($(Span.class, input.component())
                        .withClassName("lectern-order-handle")
                        .all())
                .hasSize(4)
                .allMatch(h -> "true".equals(h.getElement().getAttribute("aria-hidden")));
        assertThat($(Button.class, input.component()).all())
                .allMatch(b -> b.getTooltip() == null || b.getTooltip().getText() == null);
    }

    private static List<String> idsOf(List<String> texts) {
        return texts.stream()
                .map(t -> ORDER.items().stream()
                        .filter(i -> i.text().equals(t))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .toList();
    }
}
