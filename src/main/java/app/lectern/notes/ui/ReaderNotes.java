package app.lectern.notes.ui;

import static app.lectern.ui.StaticText.escape;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.notes.Note;
import app.lectern.notes.NoteColour;
import app.lectern.notes.NoteRefusedException;
import app.lectern.notes.NoteScope;
import app.lectern.notes.NotesService;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's highlights and notes: a "My notes" button for the reader's head, the small toolbar that
 * {@code lectern-notes.js} shows next to selected words (three labelled colours and "Add note"), the learner's
 * highlights drawn with the CSS Custom Highlight API (the article's DOM is never changed), the note editor and the
 * "My notes" panel (native modal dialogs, built when opened). What the browser sends (quote, offset, colour) goes
 * to {@link NotesService}, which checks it; the section and the scope are the server's.
 */
@JsModule("./lectern-notes.js")
public final class ReaderNotes extends Div {

    /** Query parameter: scroll to this note's highlight after the section opens. */
    public static final String NOTE = "note";

    private final Div toolbar = new Div();
    private final Div status = new Div();
    private NativeDialog panel;
    private NativeDialog editor;
    private H2 panelTitle;
    private NotesService service;
    private NoteScope scope;
    private Section section;
    private Function<Section, String> sectionUrl;
    private Element articleBody;
    private String variant = NotesService.ORIGINAL;

    /** The button and the toolbar; {@link #show} fills them. */
    public ReaderNotes() {
        addClassName("reader-notes");
        Button open = new Button(getTranslation("notes.open"), e -> openPanel());
        open.setId("my-notes");
        open.addClassName("my-notes-button");
        toolbar.addClassName("notes-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", getTranslation("notes.toolbar"));
        toolbar.getElement().setAttribute("hidden", true);
        StringBuilder html = new StringBuilder();
        for (NoteColour c : NoteColour.values()) {
            html.append("<button type=\"button\" data-colour=\"")
                    .append(c.key())
                    .append("\">")
                    .append(NoteItems.colourLabel(this, c))
                    .append("</button>");
        }
        html.append("<button type=\"button\" data-action=\"note\">")
                .append(escape(getTranslation("notes.add-note")))
                .append("</button>");
        toolbar.getElement().setProperty("innerHTML", StaticText.shared(html.toString()));
        status.addClassName("notes-status");
        status.getElement().setAttribute("role", "status");
        add(open, toolbar, status);
    }

    /**
     * Shows the learner's notes of a section: draws its highlights and offers the toolbar on its text.
     *
     * @param learner the current learner; asked only where notes are kept (a preview creates no learner)
     * @param module the module read
     * @param attemptId the assignment attempt the notes belong to, {@code null} in self-study, negative where no
     *     notes are kept (then nothing is shown)
     * @param section the section shown
     * @param sectionUrl the address of a section of the module (relative, as a router link's)
     * @param articleBody the element holding the section's text
     */
    public void show(
            Supplier<UUID> learner,
            LearningModule module,
            Long attemptId,
            Section section,
            Function<Section, String> sectionUrl,
            Element articleBody) {
        if (panel != null) {
            remove(panel);
            panel = null;
        }
        if (attemptId != null && attemptId < 0) {
            setVisible(false);
            return;
        }
        this.service = VaadinService.getCurrent().getInstantiator().getOrCreate(NotesService.class);
        this.scope = new NoteScope(learner.get(), module, attemptId);
        this.section = section;
        this.sectionUrl = sectionUrl;
        this.articleBody = articleBody;
        try {
            draw(service.notes(scope));
            setVisible(true);
        } catch (AccessDeniedException e) {
            setVisible(false); // an assignment without an attempt of this student: no notes to keep
        }
    }

    /**
     * Names the text the article shows ({@code original}, or a level or translation key of the reader's text switch):
     * only highlights made on that text are drawn, and words are offered for highlighting only where the server can
     * check them against that text (the original or a level).
     */
    public void showVariant(String key) {
        variant = key == null ? NotesService.ORIGINAL : key;
        if (scope != null && isVisible()) {
            draw(service.notes(scope));
        }
    }

    /** Sends the section's highlights to the script, which draws them (again after every change of the text). */
    private void draw(List<Note> notes) {
        ArrayNode json = JacksonUtils.createArrayNode();
        for (Note n : notes) {
            if (n.highlight() && n.sectionId().equals(section.id()) && variant.equals(n.textVariant())) {
                ObjectNode o = json.addObject();
                o.put("id", n.id());
                o.put("colour", n.colour().key());
                o.put("quote", n.quote());
                o.put("offset", n.offset());
            }
        }
        getElement()
                .executeJs(
                        "window.lecternNotes && window.lecternNotes.attach(this, $0, $1, $2, $3)",
                        articleBody,
                        section.id(),
                        json.toString(),
                        NotesService.ORIGINAL.equals(variant) || variant.startsWith("level:"));
    }

    /** The toolbar's colour button: highlights the selected words in that colour. */
    @ClientCallable
    void mark(String colour, String quote, int offset) {
        save(() -> service.highlight(scope, section.id(), variant, quote, offset, colour, ""));
    }

    /** The toolbar's "Add note": the editor for a new highlight of the selected words. */
    @ClientCallable
    void markWithNote(String quote, int offset) {
        String words = quote == null ? "" : quote.strip();
        if (words.length() > NotesService.MAX_QUOTE * 2) {
            words = words.substring(0, NotesService.MAX_QUOTE * 2);
        }
        String shown = words;
        openEditor(
                getTranslation("notes.editor.new"),
                shown,
                NoteColour.IMPORTANT,
                "",
                (c, t) -> service.highlight(scope, section.id(), variant, shown, offset, c, t));
    }

    private interface Saving {
        Note save(String colour, String text);
    }

    private void save(Runnable action) {
        try {
            action.run();
            announce(getTranslation("notes.saved"));
            refresh();
        } catch (NoteRefusedException e) {
            announce(getTranslation(e.key(), e.args()));
        }
    }

    private void refresh() {
        List<Note> notes = service.notes(scope);
        draw(notes);
        if (panel != null && panel.getElement().getChildCount() > 0) {
            fillPanel(notes);
        }
    }

    private void announce(String text) {
        status.setText(text);
    }

    /** The note editor: colour (three labelled choices), the note, Save and Cancel. */
    private void openEditor(String title, String quote, NoteColour colour, String text, Saving saving) {
        if (editor == null) {
            editor = new NativeDialog("notes-editor", "notes-editor-title");
            editor.setId("notes-editor");
            add(editor);
        }
        editor.removeAll();
        H2 heading = new H2(title);
        heading.setId("notes-editor-title");
        editor.add(heading);
        if (quote != null) {
            Paragraph q = new Paragraph(quote);
            q.addClassName("note-quote");
            q.getElement().setAttribute("lang", scope.module().language());
            editor.add(q);
        }
        RadioButtonGroup<NoteColour> colours = new RadioButtonGroup<>(getTranslation("notes.editor.colour"));
        colours.setItems(NoteColour.values());
        colours.setItemLabelGenerator(c -> getTranslation("notes.colour." + c.key()));
        colours.setValue(colour);
        colours.addClassName("notes-colours");
        TextArea note = new TextArea(getTranslation("notes.editor.text"));
        // the browser counts UTF-16 units, the service characters: an emoji is two units but one character
        note.setMaxLength(NotesService.MAX_TEXT * 2);
        note.setHelperText(getTranslation("notes.editor.text-help", NotesService.MAX_TEXT));
        note.setValue(text);
        note.setId("note-text");
        note.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("notes.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("note-save");
        save.addClickListener(e -> {
            try {
                saving.save(
                        colours.getValue() == null ? null : colours.getValue().key(), note.getValue());
                editor.close();
                announce(getTranslation("notes.saved"));
                refresh();
            } catch (NoteRefusedException ex) {
                error.setText(getTranslation(ex.key(), ex.args()));
            }
        });
        Button cancel = new Button(getTranslation("notes.editor.cancel"), e -> editor.close());
        Div buttons = new Div(save, cancel);
        buttons.addClassName("notes-dialog-buttons");
        editor.add(colours, note, error, buttons);
        editor.showModal();
        note.focus();
    }

    private void openPanel() {
        if (panel == null) {
            panel = new NativeDialog("notes-panel", "notes-panel-title");
            panel.setId("notes-panel");
            // a listed note costs about six server-side nodes: kept only while the panel is open
            panel.getElement().addEventListener("close", e -> panel.removeAll());
            add(panel);
        }
        fillPanel(service.notes(scope));
        panel.showModal();
    }

    /** The "My notes" panel: who can read them, "Add a note to this section", the notes by section. */
    private void fillPanel(List<Note> notes) {
        panel.removeAll();
        Div head = new Div();
        head.addClassName("notes-panel-head");
        panelTitle = new H2(getTranslation("notes.panel.title"));
        panelTitle.setId("notes-panel-title");
        panelTitle.getElement().setAttribute("tabindex", "-1");
        Button close = new Button(getTranslation("notes.panel.close"), e -> panel.close());
        close.setId("notes-panel-close");
        head.add(panelTitle, close);
        panel.add(head);
        boolean shared = service.sharedWithTeacher(scope);
        Paragraph who = new Paragraph(getTranslation(shared ? "notes.panel.shared" : "notes.panel.private"));
        who.addClassName(shared ? "notes-shared" : "notes-private");
        who.setId("notes-who");
        panel.add(who);
        Button sectionNote = new Button(
                getTranslation("notes.panel.section-note"),
                e -> openEditor(
                        getTranslation("notes.editor.section", section.title()),
                        null,
                        NoteColour.QUESTION,
                        "",
                        (c, t) -> service.sectionNote(scope, section.id(), c, t)));
        sectionNote.setId("notes-section-note");
        panel.add(sectionNote);
        if (notes.isEmpty()) {
            panel.add(new Paragraph(getTranslation("notes.panel.empty")));
            return;
        }
        panel.add(new Paragraph(getTranslation("notes.panel.count", notes.size(), NotesService.MAX_PER_MODULE)));
        panel.add(NoteItems.list(this, scope.module(), notes, (note, actions) -> {
            Button edit = new Button(
                    getTranslation("notes.panel.edit"),
                    e -> openEditor(
                            getTranslation("notes.editor.edit"),
                            note.quote(),
                            note.colour(),
                            note.text(),
                            (c, t) -> service.edit(scope, note.id(), c, t)));
            edit.addClassName("note-edit");
            Button delete = new Button(getTranslation("notes.panel.delete"), e -> {
                try {
                    service.delete(scope, note.id());
                    announce(getTranslation("notes.deleted"));
                    refresh();
                    // the deleted note's buttons are gone: focus the panel's heading, not the page
                    panelTitle.getElement().callJsFunction("focus");
                } catch (NoteRefusedException ex) {
                    announce(getTranslation(ex.key(), ex.args()));
                }
            });
            delete.addClassName("note-delete");
            String what = note.highlight() ? note.quote() : getTranslation("notes.whole-section");
            edit.setAriaLabel(getTranslation("notes.panel.edit-label", what));
            delete.setAriaLabel(getTranslation("notes.panel.delete-label", what));
            actions.add(edit, delete);
            if (!note.highlight()) {
                return;
            }
            if (note.sectionId().equals(section.id())) {
                Button showIt = new Button(getTranslation("notes.panel.show"), e -> {
                    panel.close();
                    getElement().executeJs("window.lecternNotes && window.lecternNotes.show($0)", note.id());
                });
                showIt.addClassName("note-show");
                showIt.setAriaLabel(getTranslation("notes.panel.show-label", what));
                actions.add(showIt);
            } else {
                scope.module().section(note.sectionId()).ifPresent(s -> {
                    Anchor link = new Anchor(
                            sectionUrl.apply(s) + "?" + NOTE + "=" + note.id(), getTranslation("notes.panel.show"));
                    link.getElement().setAttribute("router-link", true);
                    link.getElement().setAttribute("aria-label", getTranslation("notes.panel.show-label", what));
                    link.addClassName("note-show");
                    actions.add(link);
                });
            }
        }));
    }
}
