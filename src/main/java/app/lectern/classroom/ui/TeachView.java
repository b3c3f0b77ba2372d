package app.lectern.classroom.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.LearningModule;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/** {@code /teach}: the teacher's classes and a form to create one. */
@Route(value = "teach", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class TeachView extends Div implements HasDynamicTitle {

    private final ClassroomService classroom;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final TextField name = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();

    /** Builds the view for the signed-in teacher. */
    public TeachView(ClassroomService classroom, ContentCatalog catalog) {
        this.classroom = classroom;
        addClassName("lectern-page");
        add(new H1(getTranslation("classroom.teach.heading")));

        list.addClassName("class-list");
        list.getElement().setAttribute("aria-label", getTranslation("classroom.teach.heading"));
        empty.setText(getTranslation("classroom.teach.empty"));
        add(empty, list);

        H2 createHeading = new H2(getTranslation("classroom.teach.create.heading"));
        createHeading.setId("create-class-heading");
        name.setLabel(getTranslation("classroom.teach.create.name"));
        name.setRequiredIndicatorVisible(true);
        // UTF-16 units in the browser, characters on the server (which checks): room for emoji
        name.setMaxLength(2 * ClassroomService.MAX_NAME);
        name.setId("class-name");
        zone.setLabel(getTranslation("classroom.teach.create.zone"));
        zone.setHelperText(getTranslation("classroom.teach.create.zone-help"));
        zone.setRequiredIndicatorVisible(true);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        // a teacher's classes are usually in the teacher's own zone: start from the browser's
        getElement()
                .executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone")
                .then(String.class, browserZone -> {
                    if (ZoneId.getAvailableZoneIds().contains(browserZone)) {
                        zone.setValue(browserZone);
                    }
                });
        zone.setId("class-zone");
        Button create = new Button(getTranslation("classroom.teach.create.button"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-class");
        HorizontalLayout form = new HorizontalLayout(name, zone, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-labelledby", "create-class-heading");
        add(createHeading, form);
        add(guides(catalog));
        Anchor author = new Anchor("author", getTranslation("classroom.teach.author"));
        author.setId("author-link");
        var own = ClassroomUi.section("own-modules", getTranslation("classroom.teach.author.heading"));
        own.add(new Paragraph(getTranslation("classroom.teach.author.help")), new Paragraph(author));
        add(own);

        refresh();
    }

    private void create() {
        name.setInvalid(false);
        zone.setInvalid(false);
        if (zone.getValue() == null) {
            zone.setErrorMessage(getTranslation("classroom.error.zone-required"));
            zone.setInvalid(true);
            return;
        }
        try {
            SchoolClass created = classroom.createClass(name.getValue(), ZoneId.of(zone.getValue()));
            name.clear();
            name.setInvalid(false); // emptied on purpose, ready for the next class: not an error
            ClassroomUi.notify(getTranslation("classroom.teach.created", created.name(), created.joinCode()));
            // the next step (share the code, assign a module) is on the new class's page
            getUI().ifPresent(ui -> ui.navigate(
                    ClassView.class, new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(created.id()))));
        } catch (RuntimeException e) {
            name.setErrorMessage(ClassroomUi.message(this, e));
            name.setInvalid(true);
        }
    }

    /** Every module with its teacher guide (keys) and worksheet (no keys): what can be assigned, read first. */
    private Section guides(ContentCatalog catalog) {
        Section section = ClassroomUi.section("guides", getTranslation("classroom.teach.guides.heading"));
        section.add(new Paragraph(getTranslation("classroom.teach.guides.help")));
        UnorderedList modules = new UnorderedList();
        modules.addClassName("class-list");
        modules.setId("guide-list");
        java.util.Set<String> library = new java.util.HashSet<>();
        catalog.modules().forEach(m -> library.add(m.id()));
        for (LearningModule m : classroom.assignableModules()) {
            RouterLink guide = new RouterLink(
                    getTranslation("classroom.guide.link-for", m.title()),
                    TeacherGuideView.class,
                    TeacherGuideView.params(m.id()));
            guide.setId("guide-link-" + m.id());
            Anchor worksheet =
                    new Anchor("modules/" + m.id() + "/worksheet", getTranslation("classroom.teach.guides.worksheet"));
            // a worksheet is the library's page; a teacher's own module reaches students through assignments
            modules.add(
                    library.contains(m.id())
                            ? new ListItem(guide, new Span(" \u00b7 "), worksheet)
                            : new ListItem(guide));
        }
        section.add(modules);
        return section;
    }

    private void refresh() {
        List<SchoolClass> classes = classroom.myClasses();
        empty.setVisible(classes.isEmpty());
        list.setVisible(!classes.isEmpty());
        list.removeAll();
        for (SchoolClass c : classes) {
            RouterLink link = new RouterLink(
                    c.name(), ClassView.class, new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(c.id())));
            ListItem item = new ListItem(link);
            item.setId("class-" + c.id());
            item.add(new Span(" · " + getTranslation("classroom.teach.students", c.students())));
            if (c.archived()) {
                Span badge = new Span(getTranslation("classroom.teach.archived-badge"));
                badge.getElement().getThemeList().add("badge contrast");
                item.add(new Span(" "), badge);
            } else {
                item.add(new Span(" · " + getTranslation("classroom.teach.code", c.joinCode())));
            }
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("classroom.teach.title"));
    }
}
