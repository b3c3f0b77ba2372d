package app.lectern.question.order.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.RowIds;
import app.lectern.question.ui.RowList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** Edits an {@code order} question: the items, listed in the right order (learners see them shuffled). */
public final class OrderEditor extends QuestionEditor<OrderQuestion> {

    private final BaseFields base;
    private final RowList<Item> items;

    /** One item; its id stays out of sight (see {@link RowIds}). */
    public final class Item extends Div {
        private String id;
        private final TextField text = new TextField(t("editor.order.item.text"));

        Item() {
            text.setWidthFull();
            text.setMaxLength(500);
            text.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    fireChange();
                }
            });
            add(text);
        }

        /** The item's text. */
        public TextField text() {
            return text;
        }
    }

    /** Creates an empty editor. */
    public OrderEditor(EditorContext context) {
        super("order");
        base = new BaseFields("order", context, t("editor.prompt"), this::fireChange);
        items = new RowList<>(t("editor.order.items"), t("editor.order.item"), 8, Item::new, this::fireChange);
        Paragraph note = new Paragraph(t("editor.order.note"));
        note.addClassName("lectern-editor-note");
        addFields(base.top(), note, items, base.bottom());
    }

    /** A new question with three empty items. */
    public static OrderQuestion blank(String id) {
        OrderItem empty = new OrderItem(null, null);
        return new OrderQuestion(BaseFields.blank(id, "order"), List.of(empty, empty, empty));
    }

    @Override
    public void setValue(OrderQuestion question) {
        base.setValue(question == null ? null : question.base());
        List<Item> list = new ArrayList<>();
        for (OrderItem o : question == null || question.items() == null ? List.<OrderItem>of() : question.items()) {
            Item item = new Item();
            item.id = o == null ? null : o.id();
            item.text.setValue(orEmpty(o == null ? null : o.text()));
            list.add(item);
        }
        items.setRows(list);
    }

    @Override
    public OrderQuestion value() {
        List<Item> list = items.rows();
        List<String> ids = RowIds.assign(
                list.stream().map(i -> i.id).toList(),
                list.stream().map(i -> i.text.getValue()).toList());
        List<OrderItem> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new OrderItem(ids.get(i), orNull(list.get(i).text.getValue())));
        }
        return new OrderQuestion(base.value(), out);
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The items, in the right order. */
    public RowList<Item> items() {
        return items;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.slot("items", items.problems());
        List<Item> list = items.rows();
        for (int i = 0; i < list.size(); i++) {
            targets.field("items[" + i + "]", list.get(i).text)
                    .field("items[" + i + "].text", list.get(i).text)
                    .field("items[" + i + "].id", list.get(i).text);
        }
    }
}
