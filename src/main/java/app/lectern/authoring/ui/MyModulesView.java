package app.lectern.authoring.ui;

import app.lectern.authoring.AuthoredModule;
import app.lectern.authoring.AuthoringService;
import app.lectern.content.LearningModule;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher's modules: drafts and published ones, a new module from an article, a copy of a module to adapt. */
@Route(value = "author", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class MyModulesView extends Div implements HasDynamicTitle {

    private final AuthoringService authoring;

    /** Builds the page for the signed-in teacher. */
    public MyModulesView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("lectern-page");
        addClassName("authoring-page");
        add(new H1(getTranslation("authoring.mine.heading")));
        add(new Paragraph(getTranslation("authoring.mine.help")));

        RouterLink create = new RouterLink(getTranslation("authoring.mine.new"), NewModuleView.class);
        create.setId("new-module");
        create.addClassName("button-link");
        create.addClassName("primary");
        add(new Paragraph(create));

        List<AuthoredModule> mine = authoring.myModules();
        var list = AuthoringUi.section("my-modules", getTranslation("authoring.mine.list"));
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("authoring.mine.empty")));
        } else {
            UnorderedList items = new UnorderedList();
            items.addClassName("class-list");
            items.setId("my-module-list");
            for (AuthoredModule m : mine) {
                RouterLink edit = new RouterLink(
                        m.title(), DraftEditorView.class, new RouteParameters(AuthoringUi.MODULE, m.moduleId()));
                edit.setId("edit-" + m.moduleId());
                items.add(new ListItem(edit, new Span(" · " + status(m))));
            }
            list.add(items);
        }
        add(list);
        add(copySection());
        if (authoring.isAdmin()) {
            add(approvals());
        }
    }

    private String status(AuthoredModule m) {
        String published = m.publishedVersion() == 0
                ? getTranslation("authoring.status.unpublished")
                : getTranslation("authoring.status.published", m.publishedVersion())
                        + (m.changedSincePublished() ? " · " + getTranslation("authoring.status.changed") : "");
        String shared =
                getTranslation("authoring.visibility." + m.visibility().name().toLowerCase());
        String owner = m.isOwner() ? "" : " · " + getTranslation("authoring.status.owner", m.owner());
        return published + " · " + shared + owner;
    }

    private com.vaadin.flow.component.html.Section copySection() {
        var section = AuthoringUi.section("copy-module", getTranslation("authoring.copy.heading"));
        section.add(new Paragraph(getTranslation("authoring.copy.help")));
        Select<LearningModule> source = new Select<>();
        source.setLabel(getTranslation("authoring.copy.module"));
        source.setId("copy-source");
        source.setItems(authoring.copyable());
        source.setItemLabelGenerator(LearningModule::title);
        Button copy = new Button(getTranslation("authoring.copy.button"), e -> {
            if (source.getValue() == null) {
                source.setErrorMessage(getTranslation("authoring.copy.pick"));
                source.setInvalid(true);
                return;
            }
            try {
                String id = authoring.copy(source.getValue().id());
                getUI().ifPresent(
                                ui -> ui.navigate(DraftEditorView.class, new RouteParameters(AuthoringUi.MODULE, id)));
            } catch (RuntimeException ex) {
                source.setErrorMessage(AuthoringUi.message(this, ex));
                source.setInvalid(true);
            }
        });
        copy.setId("copy-button");
        HorizontalLayout row = new HorizontalLayout(source, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        section.add(row);
        return section;
    }

    private com.vaadin.flow.component.html.Section approvals() {
        var section = AuthoringUi.section("approvals", getTranslation("authoring.approve.heading"));
        List<AuthoredModule> waiting = authoring.awaitingApproval();
        if (waiting.isEmpty()) {
            section.add(new Paragraph(getTranslation("authoring.approve.none")));
            return section;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("class-list");
        for (AuthoredModule m : waiting) {
            ListItem item = new ListItem();
            Button approve = new Button(getTranslation("authoring.approve.button", m.title()));
            approve.addThemeVariants(ButtonVariant.SMALL);
            approve.addClickListener(e -> {
                authoring.approve(m.moduleId(), true);
                AuthoringUi.notify(getTranslation("authoring.approve.done", m.title()));
                item.setVisible(false);
            });
            item.add(new Span(m.title() + " · " + m.owner() + " "), approve);
            items.add(item);
        }
        section.add(items);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.mine.heading") + " · Lectern";
    }
}
