package app.lectern.reader.ui;

import static app.lectern.ui.StaticText.escape;
import static app.lectern.ui.StaticText.shared;

import app.lectern.answering.Feedback;
import app.lectern.catalog.ui.LibraryView;
import app.lectern.content.Claim;
import app.lectern.content.ClaimResponse;
import app.lectern.content.Evidence;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.TimelineEvent;
import app.lectern.question.Answer;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.order.OrderQuestion;
import app.lectern.reader.Formats;
import app.lectern.reader.SectionHtml;
import app.lectern.study.LearnerProgress;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A module read section by section: title, attribution, progress, section navigation, the section text with its
 * glossary, the timeline, the claim ledger, the section's questions and a pager. Self-study ({@link ReaderView})
 * and assignments fill it with their own work and routes.
 *
 * <p>Query parameters {@code evidence=<question-id>} (only for a question whose evidence the learner has been
 * shown) and {@code claim=<claim-id>} highlight that evidence quote after the section opens.
 */
public abstract class ModuleReader extends Div implements HasDynamicTitle, QuestionCard.Actions {

    /** Query parameter: highlight the evidence of this question. */
    public static final String EVIDENCE = "evidence";

    /** Query parameter: highlight the evidence of this claim. */
    public static final String CLAIM = "claim";

    /** The id of the element holding the rendered section text, the root for evidence highlighting. */
    public static final String ARTICLE_BODY_ID = "article-body";

    /**
     * The learner's work as the reader shows it.
     *
     * @param answers the latest submitted answer per question id
     * @param feedback the feedback per answered question id
     * @param hintsTaken ids of questions whose hint was shown
     * @param completedSections ids of sections to mark as done
     */
    public record Work(
            Map<String, Answer> answers,
            Map<String, Feedback> feedback,
            Set<String> hintsTaken,
            Set<String> completedSections) {

        /** Copies the collections. */
        public Work {
            answers = Map.copyOf(answers);
            feedback = Map.copyOf(feedback);
            hintsTaken = Set.copyOf(hintsTaken);
            completedSections = Set.copyOf(completedSections);
        }

        /**
         * This work after {@code question} was answered with {@code answer}: a section is done once every
         * question in it has feedback.
         *
         * @param module the module the question belongs to
         * @param question the question just answered
         * @param answer the answer given
         * @param result its feedback, as stored
         * @return the updated work; this one is unchanged
         */
        public Work answered(LearningModule module, Question question, Answer answer, Feedback result) {
            Map<String, Answer> newAnswers = new HashMap<>(answers);
            newAnswers.put(question.id(), answer);
            Map<String, Feedback> newFeedback = new HashMap<>(feedback);
            newFeedback.put(question.id(), result);
            Set<String> done = new HashSet<>(completedSections);
            for (Section s : module.sections()) {
                boolean holds = s.questions().stream().anyMatch(q -> q.id().equals(question.id()));
                if (holds && LearnerProgress.sectionDone(s, newFeedback::containsKey, true)) {
                    done.add(s.id());
                }
            }
            return new Work(newAnswers, newFeedback, hintsTaken, done);
        }
    }

    /** The module shown; set by the subclass before {@link #show}. */
    protected LearningModule module;

    /** The section shown. */
    protected Section section;

    /** The learner's work; the subclass keeps it current. */
    protected Work work;

    private final Div articleBody = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Nav sectionNav = new Nav();

    /** Sets the page's classes. */
    protected ModuleReader() {
        addClassName("lectern-page");
        addClassName("reader");
    }

    /** The address of a section of this module, in this reader's mode (relative, as a router link's). */
    protected abstract String sectionUrl(Section target);

    /** The pager's link after the last section (results, or submitting an assignment). */
    protected abstract Component lastPagerLink();

    /** Opens another section of this module with these query parameters. */
    protected abstract void navigateTo(Section target, QueryParameters query);

    /** Anything the mode adds under the module's title (e.g. an assignment's due date); nothing by default. */
    protected void addToHead(Div head) {}

    /** Anything the mode adds before the pager (e.g. submitting an assignment); nothing by default. */
    protected void addBeforePager(Div content) {}

    /** The title line, the module title by default. */
    protected String heading() {
        return module.title();
    }

    /** Orders or replaces a question for display (e.g. shuffled options); the question itself by default. */
    protected Question displayed(Question question) {
        return question;
    }

    /**
     * Sets {@link #section}: the requested one, else the one the learner last visited, else the first. An unknown
     * requested section shows "not found" instead.
     *
     * @return whether a section was chosen (otherwise the event was rerouted)
     */
    protected boolean chooseSection(BeforeEnterEvent event, Optional<String> requested, String lastSectionId) {
        if (requested.isPresent()) {
            Optional<Section> s = module.section(requested.get());
            if (s.isEmpty()) {
                NotFoundView.reroute(event, getTranslation("notfound.section", requested.get(), module.title()));
                return false;
            }
            section = s.get();
        } else {
            section = Optional.ofNullable(lastSectionId)
                    .flatMap(module::section)
                    .orElse(module.sections().getFirst());
        }
        return true;
    }

    /**
     * Renders {@link #section} of {@link #module} with {@link #work}, then highlights what the query asks for.
     *
     * @param focusHeading move focus to the section heading (when navigating between sections of the page)
     */
    protected void show(boolean focusHeading, QueryParameters query) {
        render(focusHeading);
        highlightFromQuery(query);
    }

    private void render(boolean focusHeading) {
        removeAll();
        Div head = new Div();
        head.addClassName("reader-head");
        H1 title = new H1(heading());
        title.getElement().setAttribute("lang", module.language());
        Paragraph attribution = StaticText.set(new Paragraph(), LibraryView.attribution(this, module.source()));
        attribution.addClassName("attribution");
        head.add(title, attribution);
        if (module.source().url() != null) {
            Anchor original = new Anchor(module.source().url(), getTranslation("reader.original"));
            original.getElement().setAttribute("rel", "noopener noreferrer");
            original.getElement().setAttribute("router-ignore", true);
            head.add(new Paragraph(original));
        }
        progressBar.addClassName("module-progress");
        addToHead(head);
        head.add(progressBar, progressText);
        progressText.addClassName("progress-text");
        updateProgress();
        add(head);

        Div grid = new Div();
        grid.addClassName("reader-grid");
        sectionNav.addClassName("section-nav");
        sectionNav.getElement().setAttribute("aria-labelledby", "section-nav-heading");
        renderNav();

        Div content = new Div();
        content.addClassName("reader-content");
        content.add(article(focusHeading));
        if (!module.timeline().isEmpty()) {
            content.add(timeline());
        }
        if (!module.claims().isEmpty()) {
            content.add(claims());
        }
        if (!section.questions().isEmpty()) {
            content.add(questions());
        }
        addBeforePager(content);
        content.add(pager());
        grid.add(sectionNav, content);
        add(grid);
    }

    /**
     * The section navigation as one element's HTML (links marked as router links, which Vaadin's router handles):
     * as components it was a sixth of a reader tab's server memory. Every text in it is escaped.
     */
    private void renderNav() {
        StringBuilder html = new StringBuilder()
                .append("<h2 id=\"section-nav-heading\" class=\"section-nav-heading\">")
                .append(escape(getTranslation("reader.sections")))
                .append("</h2><ol>");
        String lang = escape(module.language());
        for (Section s : module.sections()) {
            boolean done = work.completedSections().contains(s.id());
            html.append(done ? "<li class=\"done\">" : "<li>")
                    .append("<a href=\"")
                    .append(escape(sectionUrl(s)))
                    .append("\" router-link lang=\"")
                    .append(lang)
                    .append('"');
            if (s.id().equals(section.id())) {
                html.append(" aria-current=\"page\" class=\"current\"");
            }
            html.append('>').append(escape(s.title()));
            if (done) {
                html.append("<span class=\"done-mark\" aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">")
                        .append(escape(getTranslation("reader.completed")))
                        .append("</span>");
            }
            html.append("</a></li>");
        }
        sectionNav
                .getElement()
                .setProperty("innerHTML", shared(html.append("</ol>").toString()));
    }

    private void updateProgress() {
        long total = module.questions().count();
        long answered = module.questions()
                .filter(q -> work.feedback().containsKey(q.id()))
                .count();
        String text = getTranslation("reader.progress", answered, total);
        progressBar.setMin(0);
        progressBar.setMax(Math.max(1, total));
        progressBar.setValue(answered);
        progressBar.getElement().setAttribute("aria-label", text);
        StaticText.set(progressText, text);
    }

    private Component article(boolean focusHeading) {
        Article article = new Article();
        article.addClassName("section-article");
        article.getElement().setAttribute("lang", module.language());
        article.getElement().setAttribute("aria-labelledby", "section-title");
        H2 heading = new H2(section.title());
        heading.setId("section-title");
        heading.getElement().setAttribute("tabindex", "-1");
        article.add(heading);

        SectionHtml.Rendered rendered = SectionHtml.render(section.body(), module.glossary(), "term-def-");
        articleBody.setId(ARTICLE_BODY_ID);
        articleBody.addClassName("article-body");
        articleBody.getElement().setProperty("innerHTML", rendered.html());
        article.add(articleBody);

        if (!rendered.terms().isEmpty()) {
            // static text: one element's HTML instead of a component per term and definition (server memory)
            com.vaadin.flow.component.html.Section terms = new com.vaadin.flow.component.html.Section();
            terms.addClassName("key-terms");
            terms.getElement().setAttribute("aria-labelledby", "key-terms-heading");
            StringBuilder html = new StringBuilder()
                    .append("<h3 id=\"key-terms-heading\">")
                    .append(escape(getTranslation("reader.key-terms")))
                    .append("</h3><dl>");
            for (Map.Entry<String, GlossaryEntry> e : rendered.terms().entrySet()) {
                html.append("<dt>")
                        .append(escape(e.getValue().term()))
                        .append("</dt><dd id=\"")
                        .append(escape(e.getKey()))
                        .append("\">")
                        .append(escape(e.getValue().definition()))
                        .append("</dd>");
            }
            terms.getElement()
                    .setProperty("innerHTML", shared(html.append("</dl>").toString()));
            article.add(terms);
        }
        if (focusHeading) {
            heading.getElement().executeJs("this.focus()");
        }
        return article;
    }

    /**
     * Builds a closed details element's content only when it is first opened. Every component of an open page is
     * held on the server for as long as the tab is open, and the timeline and the claim ledger are most of a
     * section's components, while most learners never open them.
     */
    private static void contentOnFirstOpen(NativeDetails details, Supplier<Component> content) {
        details.getElement().addPropertyChangeListener("open", e -> {
            if (details.isOpen() && details.getContent() == null) {
                details.setContent(content.get());
            }
        });
    }

    private Component timeline() {
        NativeDetails details = new NativeDetails(getTranslation("reader.timeline"));
        details.addClassName("timeline");
        if (timelineLocked()) {
            // the timeline lists the events in order: the key of the module's ordering questions
            details.setContent(StaticText.set(new Paragraph(), getTranslation("reader.timeline.locked")));
            return details;
        }
        contentOnFirstOpen(details, this::timelineList);
        return details;
    }

    private Component timelineList() {
        OrderedList list = new OrderedList();
        for (TimelineEvent e : module.timeline()) {
            Span date = new Span(Formats.partialDate(e.date(), getLocale()));
            date.addClassName("timeline-date");
            Span text = new Span(e.event());
            text.addClassName("timeline-event");
            list.add(new ListItem(date, text));
        }
        return list;
    }

    private Component claims() {
        NativeDetails details = new NativeDetails(getTranslation("reader.claims"));
        details.addClassName("claims");
        contentOnFirstOpen(details, this::claimList);
        return details;
    }

    private Component claimList() {
        Div body = new Div(new Paragraph(getTranslation("reader.claims.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("claim-list");
        for (Claim c : module.claims()) {
            ListItem item = new ListItem();
            item.addClassName("claim");
            item.setId("claim-" + c.id());
            Paragraph who =
                    new Paragraph(new Strong(c.by()), statusBadge(c.status().key()));
            who.addClassName("claim-by");
            if (c.date() != null) {
                Span date = new Span(Formats.partialDate(c.date(), getLocale()));
                date.addClassName("claim-date");
                who.add(date);
            }
            Paragraph text = new Paragraph(c.text());
            text.addClassName("claim-text");
            item.add(who, text);
            if (c.evidence() != null && revealsHighlightKey(c.evidence())) {
                Paragraph later = new Paragraph(getTranslation("reader.claims.evidence.later"));
                later.addClassName("claim-evidence-later");
                item.add(later);
            } else if (c.evidence() != null) {
                Button evidence = new Button(getTranslation("reader.claims.evidence"));
                evidence.addClassName("evidence-button");
                evidence.getElement()
                        .setAttribute("aria-label", getTranslation("reader.claims.evidence.label", c.by()));
                evidence.addClickListener(e -> goToEvidence(c.evidence(), CLAIM, c.id()));
                item.add(evidence);
            }
            if (!c.responses().isEmpty()) {
                UnorderedList responses = new UnorderedList();
                responses.addClassName("claim-responses");
                responses.getElement().setAttribute("aria-label", getTranslation("reader.claims.responses"));
                for (ClaimResponse r : c.responses()) {
                    responses.add(new ListItem(
                            new Strong(r.by()), statusBadge(r.status().key()), new Span(" " + r.text())));
                }
                item.add(responses);
            }
            list.add(item);
        }
        body.add(list);
        return body;
    }

    private Span statusBadge(String status) {
        Span badge = new Span(getTranslation("status." + status));
        badge.addClassName("badge");
        badge.addClassName("status-" + status);
        return badge;
    }

    private Component questions() {
        com.vaadin.flow.component.html.Section box = new com.vaadin.flow.component.html.Section();
        box.addClassName("questions");
        box.getElement().setAttribute("aria-labelledby", "questions-heading");
        H2 heading = StaticText.set(new H2(), getTranslation("reader.questions"));
        heading.setId("questions-heading");
        box.add(heading);
        List<Question> all = module.questions().toList();
        for (Question q : section.questions()) {
            Answer previous = work.answers().get(q.id());
            Feedback feedback = work.feedback().get(q.id());
            box.add(new QuestionCard(
                    displayed(q),
                    all.indexOf(q) + 1,
                    module,
                    previous,
                    feedback,
                    work.hintsTaken().contains(q.id()),
                    this));
        }
        return box;
    }

    private Component pager() {
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.getElement().setAttribute("aria-label", getTranslation("reader.pager"));
        List<Section> sections = module.sections();
        int i = sections.indexOf(section);
        if (i > 0) {
            Section prev = sections.get(i - 1);
            Anchor link =
                    StaticText.set(new Anchor(sectionUrl(prev), ""), getTranslation("reader.previous", prev.title()));
            link.addClassName("pager-previous");
            link.getElement().setAttribute("router-link", true);
            pager.add(link);
        }
        if (i < sections.size() - 1) {
            Section next = sections.get(i + 1);
            Anchor link = StaticText.set(new Anchor(sectionUrl(next), ""), getTranslation("reader.next", next.title()));
            link.addClassName("pager-next");
            link.getElement().setAttribute("router-link", true);
            pager.add(link);
        } else {
            Component last = lastPagerLink();
            last.getElement().getClassList().add("pager-next");
            pager.add(last);
        }
        return pager;
    }

    private void highlightFromQuery(QueryParameters query) {
        query.getSingleParameter(EVIDENCE)
                .filter(id -> work.feedback().containsKey(id)
                        && work.feedback().get(id).evidence() != null)
                .flatMap(module::question)
                .flatMap(module::evidenceOf)
                .or(() -> query.getSingleParameter(CLAIM)
                        .flatMap(id -> module.claims().stream()
                                .filter(c -> c.id().equals(id))
                                .map(Claim::evidence)
                                .filter(e -> e != null && !revealsHighlightKey(e))
                                .findFirst()))
                .filter(e -> e.section() == null || e.section().equals(section.id()))
                .ifPresent(e -> highlight(e.quote()));
    }

    /**
     * Whether the learner has not been shown this question's key yet: no feedback, tries left, or feedback withheld
     * (an assignment that shows it only later).
     */
    private boolean open(Question q) {
        Feedback f = work.feedback().get(q.id());
        return f == null || f.canRetry() || feedbackWithheld();
    }

    /** Whether an ordering question is still open: then the timeline would show its key. */
    private boolean timelineLocked() {
        return module.questions().anyMatch(q -> q instanceof OrderQuestion && open(q));
    }

    /** Whether highlighting this quote would mark the key of a highlight question the learner can still answer. */
    private boolean revealsHighlightKey(Evidence evidence) {
        String quote = Markdown.collapse(evidence.quote());
        return module.questions()
                .filter(q -> q instanceof HighlightQuestion && open(q))
                .map(HighlightQuestion.class::cast)
                .filter(h -> evidence.section() == null
                        || evidence.section()
                                .equals(
                                        h.section() != null
                                                ? h.section()
                                                : module.sectionOf(h.id())
                                                        .map(Section::id)
                                                        .orElse(null)))
                .flatMap(h -> h.sentences().stream())
                .map(Markdown::collapse)
                .anyMatch(key -> key.contains(quote) || quote.contains(key));
    }

    private void highlight(String quote) {
        articleBody
                .getElement()
                .executeJs("return window.lecternHighlight && window.lecternHighlight(this, $0)", quote);
    }

    private void goToEvidence(Evidence evidence, String param, String id) {
        if (evidence.section() == null || evidence.section().equals(section.id())) {
            highlight(evidence.quote());
        } else {
            module.section(evidence.section()).ifPresent(target -> navigateTo(target, QueryParameters.of(param, id)));
        }
    }

    @Override
    public void showEvidence(Question question, Evidence evidence) {
        goToEvidence(evidence, EVIDENCE, question.id());
    }

    /** Updates the progress bar and the section navigation after {@link #work} changed. */
    protected void refreshProgress() {
        updateProgress();
        renderNav();
    }

    @Override
    public String getPageTitle() {
        if (module == null || section == null) {
            return MainLayout.title(this, getTranslation("reader.title"));
        }
        return MainLayout.title(this, section.title() + " – " + heading());
    }
}
