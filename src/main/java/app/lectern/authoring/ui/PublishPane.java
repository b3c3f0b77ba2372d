package app.lectern.authoring.ui;

import app.lectern.authoring.AuthoringService;
import app.lectern.authoring.Draft;
import app.lectern.authoring.DraftReport;
import app.lectern.authoring.Visibility;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.roster.SchoolClass;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Publishing a draft, who sees the module, its co-authors, and assigning it to a class. */
final class PublishPane extends Div {

    private final AuthoringService authoring;
    private final ClassroomService classroom;
    private final Consumer<Draft> changed;

    PublishPane(AuthoringService authoring, ClassroomService classroom, Consumer<Draft> changed) {
        this.authoring = authoring;
        this.classroom = classroom;
        this.changed = changed;
        addClassName("publish-pane");
    }

    void show(Draft draft, DraftReport report) {
        removeAll();
        add(new H2(getTranslation("authoring.publish.heading")));
        Paragraph state = new Paragraph(
                draft.publishedVersion() == 0
                        ? getTranslation("authoring.status.unpublished")
                        : getTranslation("authoring.status.published", draft.publishedVersion())
                                + (draft.changedSincePublished()
                                        ? " · " + getTranslation("authoring.status.changed")
                                        : ""));
        state.setId("publish-state");
        add(state);
        add(new Paragraph(getTranslation("authoring.publish.help")));
        Button publish = new Button(getTranslation("authoring.publish.button"));
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph blocked = new Paragraph();
        blocked.setId("publish-blocked");
        if (!report.problems().isEmpty()) {
            publish.setEnabled(false);
            blocked.setText(getTranslation(
                    "authoring.publish.blocked", report.problems().size()));
        } else if (!draft.changedSincePublished()) {
            publish.setEnabled(false);
            blocked.setText(getTranslation("authoring.publish.nothing-new"));
        }
        publish.addClickListener(e -> {
            try {
                Draft after = authoring.publish(draft.moduleId(), draft.revision());
                AuthoringUi.notify(getTranslation("authoring.publish.done", after.publishedVersion()));
                changed.accept(after);
            } catch (RuntimeException ex) {
                blocked.setText(AuthoringUi.message(this, ex));
            }
        });
        add(publish, blocked);

        if (draft.publishedVersion() > 0) {
            add(assign(draft));
        }
        add(visibility(draft));
        add(coAuthors(draft));
    }

    private Div assign(Draft draft) {
        Div box = new Div(new H2(getTranslation("authoring.assign.heading")));
        List<SchoolClass> classes = classroom.myClasses();
        if (classes.isEmpty()) {
            box.add(new Paragraph(getTranslation("authoring.assign.no-classes")));
            box.add(new Anchor("teach", getTranslation("authoring.assign.teach")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("class-list");
        list.setId("assign-links");
        for (SchoolClass c : classes) {
            Anchor link = new Anchor(
                    "teach/classes/" + c.id() + "/assign?module=" + draft.moduleId(),
                    getTranslation("authoring.assign.to", c.name()));
            list.add(new ListItem(link));
        }
        box.add(list);
        return box;
    }

    private Div visibility(Draft draft) {
        Div box = new Div(new H2(getTranslation("authoring.share.heading")));
        RadioButtonGroup<Visibility> choice = new RadioButtonGroup<>();
        choice.setLabel(getTranslation("authoring.share.label"));
        choice.setId("visibility");
        choice.setItems(Visibility.values());
        choice.setItemLabelGenerator(
                v -> getTranslation("authoring.visibility." + v.name().toLowerCase(Locale.ROOT) + ".long"));
        choice.setValue(draft.visibility());
        choice.setEnabled(draft.isOwner());
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                changed.accept(authoring.share(draft.moduleId(), e.getValue()));
                AuthoringUi.notify(getTranslation("authoring.share.done"));
            } catch (RuntimeException ex) {
                choice.setErrorMessage(AuthoringUi.message(this, ex));
                choice.setInvalid(true);
            }
        });
        box.add(choice);
        if (draft.visibility() == Visibility.PUBLIC && authoring.libraryNeedsApproval()) {
            box.add(new Paragraph(
                    getTranslation(draft.libraryApproved() ? "authoring.share.approved" : "authoring.share.waiting")));
        }
        if (!draft.isOwner()) {
            box.add(new Paragraph(getTranslation("authoring.share.owner-only", draft.owner())));
        }
        return box;
    }

    private Div coAuthors(Draft draft) {
        Div box = new Div(new H2(getTranslation("authoring.coauthors.heading")));
        UnorderedList list = new UnorderedList();
        list.setId("co-authors");
        if (draft.coAuthors().isEmpty()) {
            box.add(new Paragraph(getTranslation("authoring.coauthors.none")));
        }
        for (Draft.CoAuthor a : draft.coAuthors()) {
            ListItem item = new ListItem(new Span(a.displayName() + " (" + a.loginName() + ") "));
            if (draft.isOwner()) {
                Button remove = new Button(getTranslation("authoring.coauthors.remove", a.displayName()));
                remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                remove.addClickListener(e -> changed.accept(authoring.removeCoAuthor(draft.moduleId(), a.accountId())));
                item.add(remove);
            }
            list.add(item);
        }
        box.add(list);
        if (draft.isOwner()) {
            TextField login = new TextField(getTranslation("authoring.coauthors.login"));
            login.setId("co-author-login");
            login.setMaxLength(64);
            Button add = new Button(getTranslation("authoring.coauthors.add"), e -> {
                try {
                    changed.accept(authoring.addCoAuthor(draft.moduleId(), login.getValue()));
                } catch (RuntimeException ex) {
                    login.setErrorMessage(AuthoringUi.message(this, ex));
                    login.setInvalid(true);
                }
            });
            add.setId("add-co-author");
            HorizontalLayout row = new HorizontalLayout(login, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            box.add(row);
        }
        return box;
    }
}
