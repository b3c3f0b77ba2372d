package app.lectern.reader.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.catalog.ui.ContentProblemsView;
import app.lectern.content.LearningModule;
import app.lectern.content.Source;
import app.lectern.study.AssignedModules;
import app.lectern.study.LibraryEntry;
import app.lectern.study.StudyService;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;

/** The library at {@code /}: one card per module with the learner's progress. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class LibraryView extends Div implements HasDynamicTitle {

    /** Builds the library for the current learner. */
    public LibraryView(ContentCatalog catalog, StudyService study) {
        addClassName("lectern-page");
        add(new H1(getTranslation("library.heading")));
        add(new Paragraph(getTranslation("library.intro")));

        if (!catalog.problems().isEmpty()) {
            Div notice = new Div();
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "note");
            RouterLink details = new RouterLink(getTranslation("library.problems.link"), ContentProblemsView.class);
            notice.add(new Paragraph(new Span(getTranslation("library.problems") + " "), details));
            add(notice);
        }

        List<LibraryEntry> entries = study.library(Learner.current());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("library.empty")));
            return;
        }
        UnorderedList grid = new UnorderedList();
        grid.addClassName("library-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("library.heading"));
        for (LibraryEntry entry : entries) {
            grid.add(new ListItem(
                    card(entry, study.openAssignmentOfMine(entry.module().id()))));
        }
        add(grid);
    }

    /** @param assigned the student's open assignment of the module: the card leads there, not to self-study */
    private Component card(LibraryEntry entry, Optional<AssignedModules.OpenAssignment> assigned) {
        LearningModule module = entry.module();
        Article card = new Article();
        card.addClassName("module-card");
        card.setId("module-" + module.id());

        Component title;
        if (assigned.isPresent()) {
            Anchor toAssignment = new Anchor(assigned.get().route(), module.title());
            toAssignment.getElement().setAttribute("router-link", true);
            toAssignment.addClassName("module-card-link");
            title = toAssignment;
        } else {
            RouterLink toModule =
                    new RouterLink(module.title(), ReaderView.class, ReaderView.parameters(module.id(), null));
            toModule.addClassName("module-card-link");
            title = toModule;
        }
        H2 heading = new H2(title);
        heading.getElement().setAttribute("lang", module.language());
        card.add(heading);
        assigned.ifPresent(a -> {
            Paragraph note = new Paragraph(getTranslation("library.assigned", a.title()));
            note.addClassName("module-card-assigned");
            card.add(note);
        });

        Paragraph summary = new Paragraph(module.summary());
        summary.getElement().setAttribute("lang", module.language());
        card.add(summary);

        Paragraph meta = new Paragraph(
                new Span(getTranslation("library.level", module.level())),
                new Span(getTranslation("library.minutes", module.readingMinutes())));
        meta.addClassName("module-meta");
        card.add(meta);

        if (!module.topics().isEmpty()) {
            UnorderedList topics = new UnorderedList();
            topics.addClassName("topics");
            topics.getElement().setAttribute("aria-label", getTranslation("library.topics"));
            module.topics().forEach(t -> topics.add(new ListItem(t)));
            card.add(topics);
        }

        Paragraph attribution = new Paragraph(attribution(this, module.source()));
        attribution.addClassName("attribution");
        card.add(attribution);

        String progressText = getTranslation("library.progress", entry.answered(), entry.questions());
        ProgressBar bar = new ProgressBar(0, 1, Math.max(0, Math.min(1, entry.progress())));
        bar.getElement().setAttribute("aria-label", progressText);
        Paragraph progressLabel = new Paragraph(progressText);
        progressLabel.addClassName("progress-text");
        card.add(bar, progressLabel);
        return card;
    }

    /** "Adapted from … by author, publisher, year" for a module's source. */
    public static String attribution(Component view, Source source) {
        String year = source.published() == null || source.published().length() < 4
                ? ""
                : source.published().substring(0, 4);
        String by = source.affiliation() == null || source.affiliation().isBlank()
                ? source.author()
                : source.author() + " (" + source.affiliation() + ")";
        return source.title() == null || source.title().isBlank()
                ? view.getTranslation("attribution.untitled", by, source.publisher(), year)
                : view.getTranslation("attribution.titled", source.title(), by, source.publisher(), year);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("library.heading"));
    }
}
