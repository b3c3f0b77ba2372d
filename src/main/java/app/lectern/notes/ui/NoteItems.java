package app.lectern.notes.ui;

import static app.lectern.ui.StaticText.escape;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.notes.Note;
import app.lectern.notes.NoteColour;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Notes listed by section: per note its colour's label (the colour is never the only carrier), the quoted words and
 * the note, and whatever actions the caller adds. The learner's "My notes" panel and the teacher's view of shared
 * notes both use it. Every text is escaped.
 */
public final class NoteItems {

    private NoteItems() {}

    /**
     * The notes under one heading per section, in the module's order.
     *
     * @param context a component for translations
     * @param module the module the notes are of
     * @param notes the notes, in the order to show them
     * @param actions adds the actions of one note to its list item; may add nothing
     */
    public static Component list(
            Component context, LearningModule module, List<Note> notes, BiConsumer<Note, Div> actions) {
        Div box = new Div();
        box.addClassName("notes-list");
        for (Section section : module.sections()) {
            List<Note> here = notes.stream()
                    .filter(n -> n.sectionId().equals(section.id()))
                    .toList();
            if (here.isEmpty()) {
                continue;
            }
            H3 heading = new H3(section.title());
            heading.getElement().setAttribute("lang", module.language());
            UnorderedList items = new UnorderedList();
            for (Note note : here) {
                ListItem item = new ListItem();
                item.addClassName("note-item");
                Div text = new Div();
                text.getElement().setProperty("innerHTML", html(context, module, note));
                item.add(text);
                Div buttons = new Div();
                buttons.addClassName("note-actions");
                actions.accept(note, buttons);
                if (buttons.getComponentCount() > 0) {
                    item.add(buttons);
                }
                items.add(item);
            }
            box.add(heading, items);
        }
        return box;
    }

    /** A colour's label with its swatch, as HTML. */
    static String colourLabel(Component context, NoteColour colour) {
        return "<span class=\"note-colour note-colour-" + colour.key() + "\"><span class=\"note-swatch\""
                + " aria-hidden=\"true\"></span>" + escape(context.getTranslation("notes.colour." + colour.key()))
                + "</span>";
    }

    private static String html(Component context, LearningModule module, Note note) {
        StringBuilder html = new StringBuilder(colourLabel(context, note.colour()));
        if (note.highlight()) {
            html.append("<blockquote class=\"note-quote\" lang=\"")
                    .append(escape(module.language()))
                    .append("\">")
                    .append(escape(note.quote()))
                    .append("</blockquote>");
        } else {
            html.append(" <span class=\"note-whole\">")
                    .append(escape(context.getTranslation("notes.whole-section")))
                    .append("</span>");
        }
        if (!note.text().isEmpty()) {
            html.append("<p class=\"note-text\">").append(escape(note.text())).append("</p>");
        }
        return html.toString();
    }
}
