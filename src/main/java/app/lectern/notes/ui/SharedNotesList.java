package app.lectern.notes.ui;

import app.lectern.notes.NotesService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** A student's notes shared with their teacher, read-only, for the teacher's view of the student's work. */
public final class SharedNotesList {

    private SharedNotesList() {}

    /** The notes under a heading, by section; a line saying there are none yet. */
    public static Component of(Component context, NotesService.SharedNotes shared) {
        Section box = new Section();
        box.setId("shared-notes");
        box.addClassName("shared-notes");
        box.getElement().setAttribute("aria-labelledby", "shared-notes-heading");
        H2 heading = new H2(context.getTranslation("notes.teacher.heading"));
        heading.setId("shared-notes-heading");
        box.add(heading);
        if (shared.notes().isEmpty()) {
            box.add(new Paragraph(context.getTranslation("notes.teacher.none")));
        } else {
            box.add(NoteItems.list(context, shared.module(), shared.notes(), (note, actions) -> {}));
        }
        return box;
    }
}
