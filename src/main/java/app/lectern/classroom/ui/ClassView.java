package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.TeacherPageLinks;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.RosterEntry;
import app.lectern.classroom.roster.RosterNames;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.TableScroll;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code /teach/classes/<id>}: one class of the signed-in teacher: join code, roster, renaming, archiving,
 * creating student accounts in bulk and the class's assignments.
 */
@Route(value = "teach/classes/:" + ClassroomUi.CLASS_ID + NotFoundView.ID, layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class ClassView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final ObjectProvider<TeacherPageLinks> pageLinks;
    private long classId;
    private SchoolClass schoolClass;
    /** How many accounts the last click created, for the notice the next render shows once. */
    private int justCreated;

    /** Creates the view; its content is built when the class is known. */
    public ClassView(ClassroomService classroom, ObjectProvider<TeacherPageLinks> pageLinks) {
        this.classroom = classroom;
        this.pageLinks = pageLinks;
        addClassName("lectern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolClass = ClassroomUi.ownClass(event, this, classroom);
        classId = schoolClass.id();
        render();
    }

    private void render() {
        removeAll();
        add(new RouterLink(getTranslation("classroom.class.back"), TeachView.class));
        add(new H1(getTranslation("classroom.class.heading", schoolClass.name())));
        if (schoolClass.archived()) {
            Paragraph note = new Paragraph(getTranslation("classroom.class.archived-note"));
            note.addClassName("notice");
            note.getElement().setAttribute("role", "note");
            add(note);
        }
        // other features' pages of this class (the learning platform's roster), only where they apply
        pageLinks.orderedStream().flatMap(p -> p.forClass(classId).stream()).forEach(link -> {
            Anchor anchor = new Anchor(link.route(), getTranslation(link.labelKey()));
            anchor.setId(link.id());
            anchor.addClassName("lectern-link-button");
            add(new Paragraph(anchor));
        });
        // what a teacher does most (assign, open a gradebook) first; the roster can be long
        add(codeSection(), assignmentsSection(), rosterSection(), bulkSection(), settingsSection());
    }

    private Section codeSection() {
        Section section = section("code", getTranslation("classroom.class.code.heading"));
        Paragraph code = new Paragraph(schoolClass.joinCode());
        code.setId("join-code");
        code.addClassName("join-code");
        section.add(code);
        section.add(new Paragraph(getTranslation("classroom.class.code.help", ClassroomUi.appUrl("join"))));

        // the link with the code in it: students who open it only type their name
        String link = ClassroomUi.joinLink(schoolClass.joinCode());
        TextField linkField = new TextField(getTranslation("classroom.class.code.link"));
        linkField.setValue(link);
        linkField.setReadOnly(true);
        linkField.setId("join-link");
        linkField.addClassName("join-link-field");
        Button copy = new Button(getTranslation("classroom.class.code.copy"));
        copy.setId("copy-join-link");
        // in the browser, inside the click: the clipboard needs the user's gesture; where it is not allowed (plain
        // http), the link is selected for Ctrl+C
        copy.getElement()
                .executeJs(
                        "const field = document.getElementById('join-link');"
                                + "this.addEventListener('click', () => {"
                                + " const done = () => { this.dispatchEvent(new CustomEvent('lectern-copied')); };"
                                + " const select = () => { const i = field.inputElement; i.focus(); i.select(); };"
                                + " if (navigator.clipboard && window.isSecureContext) {"
                                + "  navigator.clipboard.writeText($0).then(done, select); } else { select(); } })",
                        link);
        copy.getElement()
                .addEventListener(
                        "lectern-copied", e -> ClassroomUi.notify(getTranslation("classroom.class.code.copied")));
        RouterLink fullScreen = new RouterLink(
                getTranslation("classroom.class.code.full-screen"),
                JoinCodeView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(classId)));
        fullScreen.setId("code-full-screen");
        fullScreen.addClassName("lectern-link-button");
        HorizontalLayout linkRow = new HorizontalLayout(linkField, copy);
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        linkRow.setWrap(true);
        linkRow.addClassName("join-link-row");
        section.add(linkRow);

        Button regenerate = new Button(getTranslation("classroom.class.code.regenerate"), e -> confirmRegenerate());
        regenerate.setId("regenerate-code");
        Div actions = new Div(fullScreen, regenerate);
        actions.addClassName("gradebook-actions");
        section.add(actions);
        return section;
    }

    private void confirmRegenerate() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("regenerate-dialog");
        dialog.setHeader(getTranslation("classroom.class.code.regenerate-header"));
        dialog.setText(getTranslation("classroom.class.code.regenerate-text", schoolClass.joinCode()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("classroom.class.remove.cancel"));
        dialog.setConfirmText(getTranslation("classroom.class.code.regenerate"));
        dialog.addConfirmListener(e -> {
            schoolClass = classroom.regenerateJoinCode(classId);
            ClassroomUi.notify(getTranslation("classroom.class.code.regenerated", schoolClass.joinCode()));
            render();
        });
        dialog.open();
    }

    private Section rosterSection() {
        Section section = section("roster", getTranslation("classroom.class.roster.heading"));
        List<RosterEntry> roster = classroom.roster(classId);
        if (roster.isEmpty()) {
            section.add(new Paragraph(getTranslation("classroom.class.roster.empty")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.setId("roster");
        table.setCaptionText(getTranslation("classroom.class.roster.heading"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("classroom.class.roster.name"));
        head.addHeaderCell().setText(getTranslation("classroom.class.roster.login"));
        head.addHeaderCell().setText(getTranslation("classroom.class.roster.joined"));
        head.addHeaderCell().setText(getTranslation("classroom.class.roster.remove"));
        head.addHeaderCell().setText(getTranslation("classroom.class.roster.password"));
        for (RosterEntry student : roster) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("student-" + student.studentId());
            row.addDataCell().setText(student.displayName());
            row.addDataCell().setText(student.loginName());
            row.addDataCell().setText(ClassroomUi.format(this, student.joinedAt(), schoolClass.zone()));
            Button remove = new Button(getTranslation("classroom.class.roster.remove"), e -> confirmRemove(student));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("classroom.class.roster.remove-label", student.displayName()));
            row.addDataCell().add(remove);
            if (student.hasPassword()) {
                Button reset = new Button(getTranslation("classroom.class.roster.reset"), e -> confirmReset(student));
                reset.addThemeVariants(ButtonVariant.TERTIARY);
                reset.setAriaLabel(getTranslation("classroom.class.roster.reset-label", student.displayName()));
                reset.setId("reset-" + student.studentId());
                row.addDataCell().add(reset);
            } else {
                row.addDataCell().add(new Span(getTranslation("classroom.class.roster.signs-in-through-lms")));
            }
        }
        // five columns do not fit a 320 px phone: the table scrolls in its own box, not the page
        section.add(TableScroll.of(table, getTranslation("classroom.class.roster.table")));
        return section;
    }

    private void confirmRemove(RosterEntry student) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("classroom.class.remove.header", student.displayName()));
        dialog.setText(getTranslation("classroom.class.remove.text", student.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("classroom.class.remove.cancel"));
        dialog.setConfirmText(getTranslation("classroom.class.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            classroom.removeStudent(classId, student.studentId());
            ClassroomUi.notify(getTranslation("classroom.class.removed", student.displayName()));
            schoolClass = classroom.schoolClass(classId);
            render();
        });
        dialog.open();
    }

    private void confirmReset(RosterEntry student) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("classroom.class.reset.header", student.displayName()));
        dialog.setText(getTranslation("classroom.class.reset.text", student.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("classroom.class.remove.cancel"));
        dialog.setConfirmText(getTranslation("classroom.class.reset.confirm"));
        dialog.addConfirmListener(e -> reset(student));
        dialog.open();
    }

    /** Resets, keeps the new card for printing, and shows the one-time password once, above the roster. */
    void reset(RosterEntry student) {
        LoginCard card;
        try {
            card = classroom.resetStudentPassword(classId, student.studentId());
        } catch (RuntimeException ex) {
            ClassroomUi.notify(ClassroomUi.message(this, ex));
            return;
        }
        ClassroomUi.keepCard(classId, card);
        render();
        Div done = new Div();
        done.setId("reset-done");
        done.addClassName("notice");
        done.getElement().setAttribute("role", "status");
        Span password = new Span(card.password());
        password.setId("reset-password");
        password.addClassName("reset-password");
        RouterLink cards = new RouterLink(
                getTranslation("classroom.class.reset.card", card.displayName()),
                LoginCardsView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(classId)));
        cards.setId("reset-card-link");
        done.add(
                new Paragraph(getTranslation("classroom.class.reset.done", card.displayName(), card.loginName())),
                new Paragraph(password),
                new Paragraph(cards));
        getElement().insertChild(2, done.getElement());
        cards.getElement().callJsFunction("focus");
    }

    private Section bulkSection() {
        Section section = section("bulk", getTranslation("classroom.class.bulk.heading"));
        TextArea names = new TextArea(getTranslation("classroom.class.bulk.names"));
        names.setMaxLength(ClassroomService.MAX_BULK * (2 * ClassroomService.MAX_NAME + 1));
        names.setHelperText(getTranslation("classroom.class.bulk.help"));
        names.setRequiredIndicatorVisible(true);
        names.setId("bulk-names");
        names.setWidthFull();
        names.setMinRows(4);
        Paragraph warning = new Paragraph();
        warning.setId("bulk-warning");
        warning.addClassName("notice");
        warning.getElement().setAttribute("role", "status");
        warning.setVisible(false);
        // warned on leaving the field, before anything is created; the server refuses the same names
        names.addValueChangeListener(e -> {
            String problem = nameProblem(lines(e.getValue()));
            warning.setText(problem == null ? "" : problem);
            warning.setVisible(problem != null);
        });
        Button create = new Button(getTranslation("classroom.class.bulk.button"));
        create.setId("bulk-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            names.setInvalid(false);
            try {
                List<LoginCard> cards = classroom.bulkCreateStudents(classId, lines(names.getValue()));
                ClassroomUi.keepCards(classId, cards);
                schoolClass = classroom.schoolClass(classId);
                justCreated = cards.size();
                render();
            } catch (RuntimeException ex) {
                names.setErrorMessage(ClassroomUi.message(this, ex));
                names.setInvalid(true);
            }
        });
        section.add(names, warning, create);
        if (justCreated > 0) {
            section.add(cardsNotice(justCreated));
            justCreated = 0;
        }
        return section;
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\\R"));
    }

    /** Names that would print cards nobody can tell apart, as one sentence, or {@code null} when there are none. */
    private String nameProblem(List<String> names) {
        List<String> twice = RosterNames.duplicates(names);
        if (!twice.isEmpty()) {
            return getTranslation("classroom.class.bulk.warn-duplicates", String.join(", ", twice));
        }
        List<String> taken = RosterNames.alreadyIn(
                names,
                classroom.roster(classId).stream().map(RosterEntry::displayName).toList());
        return taken.isEmpty() ? null : getTranslation("classroom.class.bulk.warn-in-class", String.join(", ", taken));
    }

    /**
     * "Print the cards now", where the teacher is (under the button they pressed, not at the top of a long page),
     * scrolled into view, with the print link focused: the passwords exist only in this session.
     */
    private Div cardsNotice(int count) {
        Div done = new Div();
        done.setId("bulk-done");
        done.addClassName("notice");
        done.getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(getTranslation("classroom.class.bulk.done", count));
        text.setId("bulk-done-text");
        RouterLink cards = new RouterLink(
                getTranslation("classroom.class.bulk.cards"),
                LoginCardsView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(classId)));
        cards.setId("cards-link");
        cards.addClassName("lectern-link-button");
        cards.getElement().setAttribute("aria-describedby", "bulk-done-text");
        done.add(text, new Paragraph(cards));
        done.addAttachListener(e -> {
            done.scrollIntoView();
            cards.getElement().callJsFunction("focus");
        });
        return done;
    }

    private Section assignmentsSection() {
        Section section = section("assignments", getTranslation("classroom.class.assignments.heading"));
        List<Assignment> assignments = classroom.assignments(classId);
        if (assignments.isEmpty()) {
            section.add(new Paragraph(getTranslation("classroom.class.assignments.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Assignment a : assignments) {
                RouterLink gradebook = new RouterLink(
                        getTranslation(
                                "classroom.class.assignments.item",
                                a.title(),
                                ClassroomUi.format(this, a.opensAt(), a.zone()),
                                ClassroomUi.format(this, a.dueAt(), a.zone())),
                        GradebookView.class,
                        GradebookView.params(a.id()));
                gradebook.setId("gradebook-link-" + a.id());
                list.add(new ListItem(gradebook));
            }
            list.addClassName("class-list");
            section.add(list);
        }
        if (!schoolClass.archived()) {
            RouterLink assign = new RouterLink(
                    getTranslation("classroom.class.assignments.new"),
                    AssignView.class,
                    new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(classId)));
            assign.addClassName("lectern-link-button");
            assign.setId("assign-link");
            section.add(new Paragraph(assign));
        }
        return section;
    }

    private Section settingsSection() {
        Section section = section("rename", getTranslation("classroom.class.rename.heading"));
        TextField name = new TextField(getTranslation("classroom.teach.create.name"));
        name.setValue(schoolClass.name());
        name.setRequiredIndicatorVisible(true);
        // UTF-16 units in the browser, characters on the server (which checks): room for emoji
        name.setMaxLength(2 * ClassroomService.MAX_NAME);
        name.setId("rename-field");
        Button rename = new Button(getTranslation("classroom.class.rename.button"), e -> {
            try {
                schoolClass = classroom.rename(classId, name.getValue());
                ClassroomUi.notify(getTranslation("classroom.class.renamed"));
                render();
            } catch (RuntimeException ex) {
                name.setErrorMessage(ClassroomUi.message(this, ex));
                name.setInvalid(true);
            }
        });
        rename.setId("rename");
        HorizontalLayout form = new HorizontalLayout(name, rename);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button archive = schoolClass.archived()
                ? new Button(getTranslation("classroom.class.unarchive"), e -> {
                    schoolClass = classroom.unarchive(classId);
                    ClassroomUi.notify(getTranslation("classroom.class.unarchived"));
                    render();
                })
                : new Button(getTranslation("classroom.class.archive"), e -> {
                    schoolClass = classroom.archive(classId);
                    ClassroomUi.notify(getTranslation("classroom.class.archived"));
                    render();
                });
        archive.setId("archive");
        section.add(form, new Paragraph(archive));
        return section;
    }

    private static Section section(String id, String heading) {
        return ClassroomUi.section(id, heading);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this, schoolClass == null ? getTranslation("classroom.teach.title") : schoolClass.name());
    }
}
