package app.lectern.catalog.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.lint.LintReport;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Lists the content problems found at start-up, one line each, and the lint warnings and notes of every served module,
 * for teachers and authors.
 */
@Route(value = "content-problems", layout = MainLayout.class)
// problems name files on the server: for the people who fix content, not for learners
@RolesAllowed({"TEACHER", "ADMIN"})
public class ContentProblemsView extends Div implements HasDynamicTitle {

    /** Builds the list. */
    public ContentProblemsView(ContentCatalog catalog) {
        addClassName("lectern-page");
        add(new H1(getTranslation("problems.heading")));
        var problems = catalog.problems();
        if (problems.isEmpty()) {
            add(new Paragraph(getTranslation("problems.none")));
        } else {
            add(new Paragraph(getTranslation("problems.intro", problems.size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("problem-list");
            problems.forEach(p -> list.add(new ListItem(new Code(p.toString()))));
            add(list);
        }
        add(new H2(getTranslation("problems.lint.heading")));
        add(new Paragraph(getTranslation("problems.lint.intro")));
        for (LintReport report : catalog.lintReports()) {
            Section module = new Section();
            module.addClassName("lint-module");
            module.add(new H3(getTranslation(
                    "problems.lint.module", report.moduleId(), report.warnings().size())));
            if (report.warnings().isEmpty()) {
                module.add(new Paragraph(getTranslation("problems.lint.none")));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassNames("problem-list", "lint-list");
                report.warnings().forEach(w -> list.add(new ListItem(new Code(w.toString()))));
                module.add(list);
            }
            UnorderedList notes = new UnorderedList();
            notes.addClassName("lint-notes");
            report.notes().forEach(n -> notes.add(new ListItem(n)));
            module.add(notes);
            add(module);
        }
        add(new Paragraph(new Anchor(MainLayout.LIBRARY, getTranslation("notfound.back"))));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("problems.heading"));
    }
}
