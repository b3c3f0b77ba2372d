package app.lectern.question.categorize.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;

import app.lectern.question.categorize.CategorizeItem;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.ui.BaseFields;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.ProblemTargets;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.RowIds;
import app.lectern.question.ui.RowList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits a {@code categorize} question: the categories, and the items with the category each belongs in (picked
 * from the categories by their labels). Category ids stay out of sight (see {@link RowIds}).
 */
public final class CategorizeEditor extends QuestionEditor<CategorizeQuestion> {

    private final BaseFields base;
    private final RowList<Bin> categories;
    private final RowList<Item> items;

    /** One category. */
    public final class Bin extends Div {
        private String id;
        private final TextField label = new TextField(t("editor.categorize.category.label"));

        Bin() {
            label.setMaxLength(200);
            label.setWidthFull();
            label.addValueChangeListener(e -> {
                refreshChoices();
                if (e.isFromClient()) {
                    fireChange();
                }
            });
            add(label);
        }

        /** The category's label. */
        public TextField label() {
            return label;
        }
    }

    /** One item and its category. */
    public final class Item extends Div {
        private final TextField text = new TextField(t("editor.categorize.item.text"));
        private final Select<Bin> category = new Select<>();
        // a category id the loaded question named but no category has: kept until the teacher picks one
        private String orphan;

        Item() {
            addClassName("lectern-editor-inline");
            text.setMaxLength(500);
            category.setLabel(t("editor.categorize.item.category"));
            category.setEmptySelectionAllowed(true);
            category.setEmptySelectionCaption(t("editor.categorize.item.none"));
            category.setItemLabelGenerator(this::labelOf);
            category.setItems(categories.rows());
            text.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    fireChange();
                }
            });
            category.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    orphan = null;
                    fireChange();
                }
            });
            add(text, category);
        }

        private String labelOf(Bin bin) {
            if (bin == null) {
                return t("editor.categorize.item.none");
            }
            String label = bin.label.getValue();
            return label.isBlank()
                    ? t("editor.categorize.category.unnamed", categories.rows().indexOf(bin) + 1)
                    : label;
        }

        /** The item's text. */
        public TextField text() {
            return text;
        }

        /** The category it belongs in. */
        public Select<Bin> category() {
            return category;
        }
    }

    /** Creates an empty editor. */
    public CategorizeEditor(EditorContext context) {
        super("categorize");
        base = new BaseFields("categorize", context, t("editor.prompt"), this::fireChange);
        categories =
                new RowList<>(t("editor.categorize.categories"), t("editor.categorize.category"), 5, Bin::new, () -> {
                    refreshChoices();
                    fireChange();
                });
        items = new RowList<>(
                t("editor.categorize.items"), t("editor.categorize.item"), 12, Item::new, this::fireChange);
        addFields(base.top(), categories, items, base.bottom());
    }

    private void refreshChoices() {
        List<Bin> bins = categories.rows();
        for (Item item : items.rows()) {
            Bin chosen = item.category.getValue();
            item.category.setItems(bins);
            item.category.setValue(chosen != null && bins.contains(chosen) ? chosen : null);
        }
    }

    /** A new question with two empty categories and two empty items. */
    public static CategorizeQuestion blank(String id) {
        Category bin = new Category(null, null);
        CategorizeItem item = new CategorizeItem(null, null);
        return new CategorizeQuestion(BaseFields.blank(id, "categorize"), List.of(bin, bin), List.of(item, item));
    }

    @Override
    public void setValue(CategorizeQuestion question) {
        base.setValue(question == null ? null : question.base());
        List<Bin> bins = new ArrayList<>();
        for (Category c :
                question == null || question.categories() == null ? List.<Category>of() : question.categories()) {
            Bin bin = new Bin();
            bin.id = c == null ? null : c.id();
            bin.label.setValue(orEmpty(c == null ? null : c.label()));
            bins.add(bin);
        }
        categories.setRows(bins);
        List<Item> list = new ArrayList<>();
        for (CategorizeItem ci :
                question == null || question.items() == null ? List.<CategorizeItem>of() : question.items()) {
            Item item = new Item();
            item.text.setValue(orEmpty(ci == null ? null : ci.text()));
            String wanted = ci == null ? null : ci.category();
            Bin bin = bins.stream()
                    .filter(b -> b.id != null && b.id.equals(wanted))
                    .findFirst()
                    .orElse(null);
            item.category.setValue(bin);
            item.orphan = bin == null ? wanted : null;
            list.add(item);
        }
        items.setRows(list);
    }

    @Override
    public CategorizeQuestion value() {
        List<Bin> bins = categories.rows();
        List<String> ids = RowIds.assign(
                bins.stream().map(b -> b.id).toList(),
                bins.stream().map(b -> b.label.getValue()).toList());
        List<Category> outBins = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            outBins.add(new Category(ids.get(i), orNull(bins.get(i).label.getValue())));
        }
        List<CategorizeItem> outItems = new ArrayList<>();
        for (Item item : items.rows()) {
            Bin chosen = item.category.getValue();
            int index = chosen == null ? -1 : bins.indexOf(chosen);
            String category = index >= 0 ? ids.get(index) : item.orphan;
            outItems.add(new CategorizeItem(orNull(item.text.getValue()), category));
        }
        return new CategorizeQuestion(base.value(), outBins, outItems);
    }

    /** The common fields. */
    public BaseFields base() {
        return base;
    }

    /** The categories. */
    public RowList<Bin> categories() {
        return categories;
    }

    /** The items. */
    public RowList<Item> items() {
        return items;
    }

    @Override
    protected void problemTargets(ProblemTargets targets) {
        base.problemTargets(targets);
        targets.slot("categories", categories.problems()).slot("items", items.problems());
        List<Bin> bins = categories.rows();
        for (int i = 0; i < bins.size(); i++) {
            targets.field("categories[" + i + "]", bins.get(i).label)
                    .field("categories[" + i + "].label", bins.get(i).label)
                    .field("categories[" + i + "].id", bins.get(i).label);
        }
        List<Item> list = items.rows();
        for (int i = 0; i < list.size(); i++) {
            targets.field("items[" + i + "]", list.get(i).text)
                    .field("items[" + i + "].text", list.get(i).text)
                    .field("items[" + i + "].category", list.get(i).category);
        }
    }
}
