package app.lectern.reader.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.catalog.ui.ContentProblemsView;
import app.lectern.content.LearningModule;
import app.lectern.content.Source;
import app.lectern.reader.LibraryFilter;
import app.lectern.study.AssignedModules;
import app.lectern.study.LibraryEntry;
import app.lectern.study.StudyService;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The library at {@code /}: one card per module with the learner's progress, and a search with filters by topic,
 * level and reading time above them. The filter lives in the page's query ({@link LibraryFilter}), so a reload or a
 * shared link shows the same modules; the cards are built once and only shown or hidden as the filter changes.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class LibraryView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final List<LearningModule> modules = new ArrayList<>();
    private final Map<String, ListItem> cards = new LinkedHashMap<>();
    private final TextField search = new TextField();
    private final Select<String> topic = new Select<>();
    private final Select<String> level = new Select<>();
    private final Select<LibraryFilter.ReadingTime> time = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Button clear = new Button();
    private final Div noneMatch = new Div();
    /** While the fields are set from the address, their changes must not write the address back. */
    private boolean settingFields;

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
        entries.forEach(e -> modules.add(e.module()));
        add(filters());
        UnorderedList grid = new UnorderedList();
        grid.addClassName("library-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("library.heading"));
        for (LibraryEntry entry : entries) {
            ListItem item = new ListItem(
                    card(entry, study.openAssignmentOfMine(entry.module().id())));
            cards.put(entry.module().id(), item);
            grid.add(item);
        }
        noneMatch.addClassName("library-none-match");
        noneMatch.setVisible(false);
        Button clearHere = new Button(getTranslation("library.clear"), e -> clearFilters());
        clearHere.setId("library-clear-empty");
        noneMatch.add(new Paragraph(getTranslation("library.none-match")), clearHere);
        add(noneMatch, grid);
    }

    /** The search, the three filters, the live count and "clear filters", labelled as one search region. */
    private Component filters() {
        Div box = new Div();
        box.addClassName("library-filters");
        box.getElement().setAttribute("role", "search");
        box.getElement().setAttribute("aria-label", getTranslation("library.filter.label"));

        search.setId("library-search");
        search.setLabel(getTranslation("library.search"));
        search.setPlaceholder(getTranslation("library.search.placeholder"));
        search.setMaxLength(LibraryFilter.MAX_TEXT);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.getElement().setAttribute("type", "search");
        // A CSS-drawn magnifier, not VaadinIcon: the icon set is about 55 KB (Brotli) that every page, the reader's
        // first visit included, loaded for this one glyph
        Span magnifier = new Span();
        magnifier.addClassName("library-search-icon");
        magnifier.getElement().setAttribute("aria-hidden", "true");
        search.setPrefixComponent(magnifier);

        topic.setId("library-topic");
        topic.setLabel(getTranslation("library.topic"));
        topic.setItems(LibraryFilter.topics(modules));
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("library.topic.any"));

        level.setId("library-level");
        level.setLabel(getTranslation("library.level.filter"));
        level.setItems(LibraryFilter.levels(modules));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("library.level.any"));

        time.setId("library-time");
        time.setLabel(getTranslation("library.time"));
        time.setItems(LibraryFilter.ReadingTime.values());
        time.setItemLabelGenerator(
                t -> t == null ? getTranslation("library.time.any") : getTranslation("library.time." + t.key()));
        time.setEmptySelectionAllowed(true);
        time.setEmptySelectionCaption(getTranslation("library.time.any"));

        search.addValueChangeListener(e -> changed());
        topic.addValueChangeListener(e -> changed());
        level.addValueChangeListener(e -> changed());
        time.addValueChangeListener(e -> changed());

        Div fields = new Div(search, topic, level, time);
        fields.addClassName("library-fields");

        count.setId("library-count");
        count.addClassName("library-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        clear.setText(getTranslation("library.clear"));
        clear.setId("library-clear");
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> clearFilters());
        Div status = new Div(count, clear);
        status.addClassName("library-status");
        box.add(fields, status);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (modules.isEmpty()) {
            return;
        }
        LibraryFilter filter =
                LibraryFilter.parse(event.getLocation().getQueryParameters().getParameters(), modules);
        settingFields = true;
        try {
            search.setValue(filter.text());
            topic.setValue(filter.topic());
            level.setValue(filter.level());
            time.setValue(filter.time());
        } finally {
            settingFields = false;
        }
        apply(filter);
    }

    /** The filter the fields ask for, checked like one from the address (a field's value comes from the browser). */
    private LibraryFilter fromFields() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(LibraryFilter.TEXT, List.of(Objects.toString(search.getValue(), "")));
        if (topic.getValue() != null) {
            query.put(LibraryFilter.TOPIC, List.of(topic.getValue()));
        }
        if (level.getValue() != null) {
            query.put(LibraryFilter.LEVEL, List.of(level.getValue()));
        }
        if (time.getValue() != null) {
            query.put(LibraryFilter.TIME, List.of(time.getValue().key()));
        }
        return LibraryFilter.parse(query, modules);
    }

    private void changed() {
        if (settingFields) {
            return;
        }
        LibraryFilter filter = fromFields();
        apply(filter);
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("", new QueryParameters(filter.toQuery()))));
    }

    private void clearFilters() {
        settingFields = true;
        try {
            search.clear();
            topic.clear();
            level.clear();
            time.clear();
        } finally {
            settingFields = false;
        }
        changed();
        search.focus();
    }

    /** Shows the modules the filter lets through, says how many, and offers a way out when there are none. */
    private void apply(LibraryFilter filter) {
        int shown = 0;
        for (LearningModule m : modules) {
            boolean match = filter.matches(m);
            cards.get(m.id()).setVisible(match);
            shown += match ? 1 : 0;
        }
        count.setText(
                filter.active()
                        ? getTranslation("library.count.filtered", shown, modules.size())
                        : getTranslation("library.count", shown));
        clear.setVisible(filter.active() && shown > 0);
        noneMatch.setVisible(shown == 0);
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
            module.topics().forEach(t -> {
                ListItem item = new ListItem(t);
                item.getElement().setAttribute("lang", module.language());
                topics.add(item);
            });
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
        return attribution((key, args) -> view.getTranslation(key, args), source);
    }

    /** The attribution line with translations from {@code texts} (a key and its arguments). */
    static String attribution(java.util.function.BiFunction<String, Object[], String> texts, Source source) {
        String year = source.published() == null || source.published().length() < 4
                ? ""
                : source.published().substring(0, 4);
        String by = source.affiliation() == null || source.affiliation().isBlank()
                ? source.author()
                : source.author() + " (" + source.affiliation() + ")";
        String line;
        if (source.isOriginal()) {
            line = texts.apply("attribution.original", new Object[] {by, source.publisher(), year});
        } else if (source.title() == null || source.title().isBlank()) {
            line = texts.apply("attribution.untitled", new Object[] {by, source.publisher(), year});
        } else {
            line = texts.apply("attribution.titled", new Object[] {source.title(), by, source.publisher(), year});
        }
        return source.license() == null || source.license().isBlank()
                ? line
                : texts.apply("attribution.licensed", new Object[] {line, source.license()});
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("library.heading"));
    }
}
