package app.lectern.reader.ui;

import static app.lectern.ui.StaticText.escape;
import static app.lectern.ui.StaticText.shared;

import app.lectern.answering.Feedback;
import app.lectern.content.Claim;
import app.lectern.content.Evidence;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.reader.AidRelease;
import app.lectern.reader.LearnerWork;
import app.lectern.reader.SectionHtml;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module read section by section: title, attribution, progress, section navigation, the section text with its
 * glossary, the timeline, the claim ledger, the section's questions and a pager. A route view composes it with a
 * {@link ReaderMode} (self-study or an assignment), which loads the module and the work, sends answers and decides
 * where links lead; which aids may be shown is {@link AidRelease}'s decision.
 *
 * <p>Query parameters {@code evidence=<question-id>} (only for a question whose evidence the learner has been
 * shown) and {@code claim=<claim-id>} highlight that evidence quote after the section opens.
 */
public final class ModuleReader extends Div implements QuestionCard.Page {

    /** Query parameter: highlight the evidence of this question. */
    public static final String EVIDENCE = "evidence";

    /** Query parameter: highlight the evidence of this claim. */
    public static final String CLAIM = "claim";

    /** The id of the element holding the rendered section text, the root for evidence highlighting. */
    public static final String ARTICLE_BODY_ID = "article-body";

    private ReaderMode mode;
    private LearningModule module;
    private Section section;
    private LearnerWork work;

    private final Div articleBody = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Nav sectionNav = new Nav();

    /** An empty reader; {@link #open} fills it. */
    public ModuleReader() {
        addClassName("lectern-page");
        addClassName("reader");
    }

    /**
     * Opens a section of the mode's module: the requested one, else the one the learner last visited, else the
     * first; records the visit and renders it with the learner's work, then highlights what the query asks for. An
     * unknown requested section shows "not found" instead.
     */
    public void open(BeforeEnterEvent event, ReaderMode mode, Optional<String> requestedSection) {
        LearningModule opened = mode.module();
        Section chosen;
        if (requestedSection.isPresent()) {
            Optional<Section> s = opened.section(requestedSection.get());
            if (s.isEmpty()) {
                NotFoundView.reroute(event, getTranslation("notfound.section", requestedSection.get(), opened.title()));
                return;
            }
            chosen = s.get();
        } else {
            chosen = Optional.ofNullable(mode.lastSectionId())
                    .flatMap(opened::section)
                    .orElse(opened.sections().getFirst());
        }
        // moving between sections of an open page moves focus to the new section's heading
        boolean focusHeading = section != null;
        mode.visit(chosen);
        this.mode = mode;
        this.module = opened;
        this.section = chosen;
        this.work = mode.work(chosen);
        render(focusHeading);
        highlightFromQuery(event.getLocation().getQueryParameters());
    }

    private void render(boolean focusHeading) {
        removeAll();
        Div head = new Div();
        head.addClassName("reader-head");
        H1 title = new H1(mode.heading());
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
        mode.addToHead(head);
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
        ReaderAids aids = new ReaderAids(this, module, this::getLocale);
        if (!module.timeline().isEmpty()) {
            content.add(aids.timeline(aids()));
        }
        if (!module.claims().isEmpty()) {
            content.add(aids.claims(this::aids, c -> goToEvidence(c.evidence(), CLAIM, c.id())));
        }
        if (!section.questions().isEmpty()) {
            content.add(questions());
        }
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
                    .append(escape(mode.sectionUrl(s)))
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
                    mode.displayed(q),
                    all.indexOf(q) + 1,
                    module,
                    previous,
                    feedback,
                    work.hintsTaken().contains(q.id()),
                    mode,
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
            Anchor link = StaticText.set(
                    new Anchor(mode.sectionUrl(prev), ""), getTranslation("reader.previous", prev.title()));
            link.addClassName("pager-previous");
            link.getElement().setAttribute("router-link", true);
            pager.add(link);
        }
        if (i < sections.size() - 1) {
            Section next = sections.get(i + 1);
            Anchor link =
                    StaticText.set(new Anchor(mode.sectionUrl(next), ""), getTranslation("reader.next", next.title()));
            link.addClassName("pager-next");
            link.getElement().setAttribute("router-link", true);
            pager.add(link);
        } else {
            Component last = mode.lastPagerLink();
            last.getElement().getClassList().add("pager-next");
            pager.add(last);
        }
        return pager;
    }

    private void highlightFromQuery(QueryParameters query) {
        AidRelease aids = aids();
        query.getSingleParameter(EVIDENCE)
                .flatMap(aids::questionEvidence)
                .or(() -> query.getSingleParameter(CLAIM)
                        .flatMap(id -> module.claims().stream()
                                .filter(c -> c.id().equals(id))
                                .map(Claim::evidence)
                                .filter(e -> e != null && aids.quoteReleased(e))
                                .findFirst()))
                .filter(e -> e.section() == null || e.section().equals(section.id()))
                .ifPresent(e -> highlight(e.quote()));
    }

    /** What of the aids the learner's work releases now. */
    private AidRelease aids() {
        return new AidRelease(module, work.feedback(), mode.feedbackWithheld());
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
            module.section(evidence.section())
                    .ifPresent(target -> mode.navigateTo(target, QueryParameters.of(param, id)));
        }
    }

    @Override
    public void showEvidence(Question question, Evidence evidence) {
        goToEvidence(evidence, EVIDENCE, question.id());
    }

    @Override
    public void answered(Question question, Answer answer, Feedback feedback) {
        work = mode.answered(work, question, answer, feedback);
        updateProgress();
        renderNav();
    }

    /** The page title: the section and the heading, once a section is open. */
    public String pageTitle() {
        if (mode == null || section == null) {
            return MainLayout.title(this, getTranslation("reader.title"));
        }
        return MainLayout.title(this, section.title() + " – " + mode.heading());
    }
}
