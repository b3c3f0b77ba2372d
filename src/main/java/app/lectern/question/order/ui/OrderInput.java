package app.lectern.question.order.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.OptionOrder;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.ui.AbstractQuestionInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The items as a numbered list, shuffled, reordered by keyboard with a "Move up" and a "Move down" button per row.
 * After a move the focus stays on the moved item's button and a live region announces the item's new position.
 *
 * <p>The shown order is fixed by the learner's display seed ({@link OptionOrder}): the same on every render, and any
 * permutation, the key order included. An order that is never shown would be the key: a learner reloading the page
 * could find it by elimination. The answer is always the list as shown, so a learner who agrees with the shown
 * order can check it as it is.
 */
public final class OrderInput extends AbstractQuestionInput<OrderAnswer> {

    /** The drag script, served from {@code frontend/} like the reader's other scripts. */
    static final String DRAG_SCRIPT = "context://lectern/lectern-order-drag.js";

    private final List<Row> rows = new ArrayList<>();
    private final OrderedList list = new OrderedList();
    private final Span status = new Span();
    private boolean readOnly;

    private final class Row {
        final OrderItem item;
        final String text;
        final ListItem element = new ListItem();
        // Text arrows, not VaadinIcon: the icon set would add about 56 KB (Brotli) to the reader's bundle.
        final Button up = new Button("\u2191");
        final Button down = new Button("\u2193");

        Row(OrderItem item) {
            this.item = item;
            this.text = Markdown.plainText(item.text());
            Span label = new Span(text);
            label.addClassName("lectern-order-text");
            // named, no tooltip: a tooltip would cover the next row's buttons
            up.setAriaLabel(t("question.order.moveUp", text));
            down.setAriaLabel(t("question.order.moveDown", text));
            // the handle is for pointers (mouse, finger, pen); keyboards and screen readers use the buttons
            Span handle = new Span("\u2261");
            handle.addClassName("lectern-order-handle");
            handle.getElement().setAttribute("aria-hidden", "true");
            up.addClassName("lectern-order-up");
            down.addClassName("lectern-order-down");
            up.addThemeVariants(ButtonVariant.TERTIARY);
            down.addThemeVariants(ButtonVariant.TERTIARY);
            up.addClickListener(e -> move(this, -1));
            down.addClickListener(e -> move(this, +1));
            element.addClassName("lectern-order-item");
            element.add(handle, label, up, down);
        }
    }

    /**
     * Creates the input with the items shuffled; {@code promptId} is the DOM id of the prompt that names it.
     *
     * @param seed the question's display seed, from the server's display orders
     */
    public OrderInput(OrderQuestion question, LearningModule module, String promptId, long seed) {
        super("lectern-order-input");
        labelRootAsGroup(promptId);
        List<OrderItem> shown = OptionOrder.shuffle(question.items(), seed);
        shown.forEach(item -> rows.add(new Row(item)));
        list.addClassName("lectern-order-list");
        status.addClassName("lectern-sr-only");
        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("role", "status");
        root().add(list, status);
        render();
        root().getElement()
                .addEventListener("lectern-order-move", e -> drop(e.getEventData()))
                .addEventData("event.detail.from")
                .addEventData("event.detail.to");
        root().addAttachListener(e -> {
            e.getUI().getPage().addJavaScript(DRAG_SCRIPT);
            root().getElement().executeJs("window.lecternOrderDrag(this)");
        });
    }

    /**
     * A drop reported by the drag script: move the row at {@code from} to {@code to}. Both come from the browser, so
     * anything but two positions of the list (and a list that takes moves) is ignored.
     */
    private void drop(JsonNode data) {
        int from = position(data.get("event.detail.from"));
        int to = position(data.get("event.detail.to"));
        if (readOnly || from < 0 || to < 0 || from == to) {
            return;
        }
        Row row = rows.remove(from);
        rows.add(to, row);
        render();
        status.setText(t("question.order.moved", row.text, to + 1, rows.size()));
        fireChange();
    }

    private int position(JsonNode value) {
        if (value == null || !value.isIntegralNumber()) {
            return -1;
        }
        int i = value.asInt();
        return i >= 0 && i < rows.size() ? i : -1;
    }

    private void move(Row row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (readOnly || to < 0 || to >= rows.size()) {
            return;
        }
        Collections.swap(rows, from, to);
        render();
        // at the top or bottom the pressed button is disabled now, so the focus goes to its partner
        Button pressed = delta < 0 ? row.up : row.down;
        (pressed.isEnabled() ? pressed : delta < 0 ? row.down : row.up).focus();
        status.setText(t("question.order.moved", row.text, to + 1, rows.size()));
        fireChange();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.up.setEnabled(!readOnly && i > 0);
            row.down.setEnabled(!readOnly && i < rows.size() - 1);
            list.add(row.element);
        }
    }

    @Override
    public Optional<OrderAnswer> answer() {
        return Optional.of(new OrderAnswer(rows.stream().map(r -> r.item.id()).toList()));
    }

    /** Puts the rows in the answer's order; ids it does not name keep their relative order at the end. */
    @Override
    public void restore(OrderAnswer answer) {
        if (answer == null || answer.itemIds() == null) {
            return;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < answer.itemIds().size(); i++) {
            position.putIfAbsent(answer.itemIds().get(i), i);
        }
        rows.sort((a, b) -> Integer.compare(
                position.getOrDefault(a.item.id(), Integer.MAX_VALUE),
                position.getOrDefault(b.item.id(), Integer.MAX_VALUE)));
        render();
        fireChange();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        root().getElement().setAttribute("data-readonly", readOnly);
        render();
    }
}
