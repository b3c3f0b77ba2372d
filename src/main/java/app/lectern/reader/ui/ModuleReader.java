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
import app.lectern.notes.ui.ReaderNotes;
import app.lectern.question.Answer;
import app.lectern.reader.AidRelease;
import app.lectern.reader.LearnerWork;
import app.lectern.reader.SectionHtml;
import app.lectern.reading.ui.ReadingBar;
import app.lectern.study.LearnerProgress;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A module read section by section: title, attribution, progress, section navigation, the section text with its
 * glossary, the timeline, the claim ledger, the section's questions and a pager. A route view composes it with a
 * {@link ReaderMode} (self-study or an assignment), which loads the module and the work, sends answers and decides
 * where links lead; which aids may be shown is {@link AidRelease}'s decision.
 *
 * <p>Query parameters {@code evidence=<question-id>} (only for a question whose evidence the learner has been
 * shown) and {@code claim=<claim-id>} highlight that evidence quote after the section opens; a question's evidence
 * then offers "Back to question N". {@code question=<question-id>} moves focus to that question's card, and
 * {@code retry} is "retry what I missed": the page says how many questions are still open and leads from one to the
 * next. Opening a module without a section resumes at the first question not answered yet.
 */
public final class ModuleReader extends Div implements QuestionCard.Page {

    /** Query parameter: highlight the evidence of this question. */
    public static final String EVIDENCE = "evidence";

    /** Query parameter: highlight the evidence of this claim. */
    public static final String CLAIM = "claim";

    /** Query parameter: move focus to this question's card. */
    public static final String QUESTION = "question";

    /** Query parameter (no value needed): retrying what was missed, one open question after the other. */
    public static final String RETRY = "retry";

    /** The id of the element holding the rendered section text, the root for evidence highlighting. */
    public static final String ARTICLE_BODY_ID = "article-body";

    private ReaderMode mode;
    private LearningModule module;
    private Section section;
    private LearnerWork work;
    private SectionText text;

    private final Div articleBody = new Div();
    private final ReaderNotes notes = new ReaderNotes();
    private final ProgressBar progressBar = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Nav sectionNav = new Nav();
    private final Div retryBar = new Div();
    private final Div evidenceReturn = new Div();
    private final Map<String, QuestionCard> cards = new java.util.HashMap<>();
    private boolean retrying;
    private Div content;
    private Component article;
    private NativeDetails timeline;
    private NativeDetails claims;
    /**
     * A digest of the locks of every aid entry as last shown: the aids are rebuilt when an answer changes them. A
     * digest rather than the list (dozens of records) because it is kept for as long as the tab is open.
     */
    private byte[] shownLocks = new byte[0];

    /** An empty reader; {@link #open} fills it. */
    public ModuleReader() {
        addClassName("lectern-page");
        addClassName("reader");
    }

    /**
     * Opens a section of the mode's module: the requested one, else the section of the first question not answered
     * yet (once the learner has answered any), else the one the learner last visited, else the first; records the
     * visit and renders it with the learner's work, then highlights or focuses what the query asks for. An unknown
     * requested section shows "not found" instead.
     */
    public void open(BeforeEnterEvent event, ReaderMode mode, Optional<String> requestedSection) {
        LearningModule opened = mode.module();
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> focusQuestion = query.getSingleParameter(QUESTION);
        Section chosen;
        if (requestedSection.isPresent()) {
            Optional<Section> s = opened.section(requestedSection.get());
            if (s.isEmpty()) {
                NotFoundView.reroute(event, getTranslation("notfound.section", requestedSection.get(), opened.title()));
                return;
            }
            chosen = s.get();
        } else {
            Optional<Question> resumeAt = firstUnanswered(opened, mode);
            if (resumeAt.isPresent() && focusQuestion.isEmpty()) {
                focusQuestion = resumeAt.map(Question::id);
            }
            chosen = resumeAt.flatMap(q -> opened.sectionOf(q.id()))
                    .or(() -> Optional.ofNullable(mode.lastSectionId()).flatMap(opened::section))
                    .orElse(opened.sections().getFirst());
        }
        // moving between sections of an open page moves focus to the new section's heading
        boolean focusHeading = section != null;
        mode.visit(chosen);
        this.mode = mode;
        this.module = opened;
        this.section = chosen;
        this.work = mode.work(chosen);
        this.text = SectionText.choose(
                opened,
                chosen,
                query.getSingleParameter(SectionText.PARAM),
                event.getLocation().getPath());
        this.retrying = query.getParameters().containsKey(RETRY);
        Optional<String> focusHere =
                focusQuestion.filter(id -> chosen.questions().stream().anyMatch(q -> q.id().equals(id)));
        render(focusHeading && focusHere.isEmpty());
        highlightFromQuery(query);
        focusHere.map(cards::get).ifPresent(ModuleReader::focusCard);
    }

    /** The first question of the module without an answer, once any is answered: where a returning learner goes on. */
    private static Optional<Question> firstUnanswered(LearningModule module, ReaderMode mode) {
        Map<String, Feedback> feedback = mode.work(module.sections().getFirst()).feedback();
        if (feedback.isEmpty()) {
            return Optional.empty();
        }
        return module.questions().filter(q -> !feedback.containsKey(q.id())).findFirst();
    }

    /** Scrolls a card into view and moves focus to it (it is named by its heading). */
    private static void focusCard(QuestionCard card) {
        card.getElement().setAttribute("tabindex", "-1");
        card.getElement()
                .executeJs("const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;"
                        + "this.scrollIntoView({behavior: reduce ? 'auto' : 'smooth', block: 'start'});"
                        + "this.focus({preventScroll: true})");
    }

    private void render(boolean focusHeading) {
        removeAll();
        cards.clear();
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
        head.add(progressBar, progressText, notes);
        progressText.addClassName("progress-text");
        updateProgress();
        add(head);

        Div grid = new Div();
        grid.addClassName("reader-grid");
        sectionNav.addClassName("section-nav");
        sectionNav.getElement().setAttribute("aria-labelledby", "section-nav-heading");
        renderNav();

        content = new Div();
        content.addClassName("reader-content");
        content.add(ReadingBar.of(this, Learner.current()));
        if (text.offersChoice()) {
            content.add(text.switcher(this, v -> {
                Component fresh = article(false);
                content.replace(article, fresh);
                article = fresh;
                notes.showVariant(bodyVariant());
            }));
        }
        article = article(focusHeading);
        content.add(article);
        timeline = null;
        claims = null;
        ReaderAids aids = readerAids();
        if (!module.timeline().isEmpty()) {
            timeline = aids.timeline(aids());
            content.add(timeline);
        }
        if (!module.claims().isEmpty()) {
            claims = claimLedger(aids);
            content.add(claims);
        }
        shownLocks = digest(locks(aids()));
        if (!section.questions().isEmpty()) {
            content.add(questions());
        }
        content.add(pager());
        grid.add(sectionNav, content);
        add(grid);
        notes.show(Learner::current, module, mode.notesAttempt(), section, mode::sectionUrl, articleBody.getElement());
        notes.showVariant(bodyVariant());
    }

    /** The text in the article body, what highlights are made on: a level's, else the original (also beside a translation). */
    private String bodyVariant() {
        TextVariant shown = text == null ? TextVariant.ORIGINAL : text.chosen();
        return shown.kind() == TextVariant.Kind.LEVEL ? shown.key() : TextVariant.ORIGINAL.key();
    }

    private ReaderAids readerAids() {
        return new ReaderAids(this, module, this::getLocale, mode.heldBackKey());
    }

    private NativeDetails claimLedger(ReaderAids aids) {
        return aids.claims(this::aids, c -> goToEvidence(c.evidence(), CLAIM, c.id()), section);
    }

    /** The lock of every aid entry of the module for the learner's work now. */
    private List<AidRelease.Lock> locks(AidRelease release) {
        return Stream.of(
                        module.glossary().stream().map(release::lock),
                        module.timeline().stream().map(release::lock),
                        module.claims().stream().map(release::lock),
                        module.claims().stream().map(release::evidenceLock))
                .flatMap(s -> s)
                .toList();
    }

    /** SHA-256 of the locks' text (records: their values in order). */
    private static byte[] digest(List<AidRelease.Lock> locks) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(locks.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    /**
     * After an answer: once it opens or closes an aid entry (a question settled), the glossary in the text and the
     * key terms, the timeline and the claim ledger are built again, an open one staying open.
     */
    private void refreshAids() {
        byte[] now = digest(locks(aids()));
        if (java.util.Arrays.equals(now, shownLocks)) {
            return;
        }
        shownLocks = now;
        Component freshArticle = article(false);
        content.replace(article, freshArticle);
        article = freshArticle;
        ReaderAids aids = readerAids();
        if (timeline != null) {
            timeline = replaceDetails(timeline, aids.timeline(aids()));
        }
        if (claims != null) {
            claims = replaceDetails(claims, claimLedger(aids));
        }
    }

    private NativeDetails replaceDetails(NativeDetails old, NativeDetails fresh) {
        boolean open = old.isOpen();
        content.replace(old, fresh);
        fresh.setOpen(open);
        return fresh;
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

        // a locked entry is explained in the text and listed in the key terms by what opens it, not by its definition
        AidRelease release = aids();
        Map<String, AidRelease.Lock> lockOf = new java.util.HashMap<>();
        List<GlossaryEntry> shown = module.glossary().stream()
                .map(e -> {
                    AidRelease.Lock lock = release.lock(e);
                    if (!lock.locked()) {
                        return e;
                    }
                    String message = AidLocks.message(this, lock, mode.heldBackKey());
                    lockOf.put(e.term(), lock);
                    return new GlossaryEntry(
                            e.term(), getTranslation("reader.aid.locked-term") + ". " + message, e.answers());
                })
                .toList();
        SectionHtml.Rendered rendered = SectionHtml.render(text.body(), shown, "term-def-");
        articleBody.setId(ARTICLE_BODY_ID);
        articleBody.addClassName("article-body");
        articleBody.getElement().setProperty("innerHTML", rendered.html());
        if (text.translation().isPresent()) {
            Div pair = new Div(
                    articleBody,
                    text.translationPanel(
                            this,
                            term -> Optional.ofNullable(lockOf.get(term))
                                    .map(lock -> getTranslation("reader.aid.locked-term") + ". "
                                            + AidLocks.message(this, lock, mode.heldBackKey()))));
            pair.addClassName("text-pair");
            article.add(pair);
        } else {
            article.add(articleBody);
        }
        evidenceReturn.removeAll();
        evidenceReturn.addClassName("evidence-return");
        evidenceReturn.setVisible(false);
        article.add(evidenceReturn);

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
                if (lockOf.containsKey(e.getValue().term())) {
                    html.append("<dt class=\"aid-locked\"><span class=\"aid-lock-icon\" aria-hidden=\"true\">")
                            .append("</span>")
                            .append(escape(getTranslation("reader.aid.locked-term")))
                            .append("</dt><dd class=\"aid-locked\" id=\"")
                            .append(escape(e.getKey()))
                            .append("\">")
                            .append(escape(AidLocks.message(
                                    this, lockOf.get(e.getValue().term()), mode.heldBackKey())))
                            .append("</dd>");
                    continue;
                }
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
        if (retrying) {
            retryBar.setId("retry-bar");
            retryBar.addClassName("retry-bar");
            retryBar.getElement().setAttribute("tabindex", "-1");
            updateRetryBar();
            box.add(retryBar);
        }
        List<Question> all = module.questions().toList();
        for (Question q : section.questions()) {
            Answer previous = work.answers().get(q.id());
            Feedback feedback = work.feedback().get(q.id());
            QuestionCard card = new QuestionCard(
                    mode.displayed(q),
                    all.indexOf(q) + 1,
                    module,
                    previous,
                    feedback,
                    work.hintsTaken().contains(q.id()),
                    mode,
                    this);
            cards.put(q.id(), card);
            text.promptNote(this, q.id()).ifPresent(box::add);
            box.add(card);
        }
        return box;
    }

    /** The questions still open (not answered, or a miss with a try left), in the module's order. */
    private List<Question> openQuestions() {
        return module.questions()
                .filter(q -> !LearnerProgress.finished(work.feedback().get(q.id())))
                .toList();
    }

    /** How many questions are still open, and the way on: the next one, or the results once none is left. */
    private void updateRetryBar() {
        retryBar.removeAll();
        int open = openQuestions().size();
        Paragraph text = StaticText.set(new Paragraph(), getTranslation("reader.retry.open", open));
        text.addClassName("retry-text");
        retryBar.add(text);
        if (open > 0) {
            Button next = new Button(getTranslation("reader.retry.next"));
            next.addThemeVariants(ButtonVariant.PRIMARY);
            next.addClickListener(e -> goToNextOpen(null));
            retryBar.add(next);
        } else {
            retryBar.add(mode.lastPagerLink());
        }
    }

    /**
     * Goes to the first open question after {@code after} (from the start of the module if {@code null}), wrapping
     * round: focuses its card here, or opens its section; with none left, focuses the retry bar, which then says so.
     */
    private void goToNextOpen(Question after) {
        List<Question> all = module.questions().toList();
        List<Question> open =
                openQuestions().stream().filter(q -> !q.equals(after)).toList();
        int from = after == null ? -1 : all.indexOf(after);
        Optional<Question> next = open.stream()
                .filter(q -> all.indexOf(q) > from)
                .findFirst()
                .or(() -> open.stream().findFirst());
        if (next.isEmpty()) {
            updateRetryBar();
            retryBar.getElement().callJsFunction("focus");
            return;
        }
        goToQuestion(next.get());
    }

    /** Focuses a question's card, opening its section first if it is another one (staying in retry mode). */
    private void goToQuestion(Question target) {
        QuestionCard card = cards.get(target.id());
        if (card != null) {
            focusCard(card);
            return;
        }
        Map<String, String> params = new java.util.HashMap<>();
        params.put(QUESTION, target.id());
        if (retrying) {
            params.put(RETRY, "1");
        }
        module.sectionOf(target.id()).ifPresent(s -> mode.navigateTo(s, QueryParameters.simple(params)));
    }

    @Override
    public void addFeedbackActions(Question question, Feedback feedback, Div actions) {
        if (retrying) {
            Button next = new Button(getTranslation("reader.retry.next"));
            next.addClassName("next-missed");
            next.addClickListener(e -> goToNextOpen(question));
            actions.add(next);
        }
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
                .filter(id -> aids.questionEvidence(id).isPresent())
                .flatMap(module::question)
                .ifPresent(this::offerReturn);
        query.getSingleParameter(EVIDENCE)
                .flatMap(aids::questionEvidence)
                .or(() -> query.getSingleParameter(CLAIM)
                        .flatMap(id -> module.claims().stream()
                                .filter(c -> c.id().equals(id))
                                .filter(c -> c.evidence() != null
                                        && !aids.evidenceLock(c).locked())
                                .map(Claim::evidence)
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
        if (evidence.section() == null || evidence.section().equals(section.id())) {
            offerReturn(question);
        }
        goToEvidence(evidence, EVIDENCE, question.id());
    }

    /** Under the article, once a question's evidence is marked in it: a button back to that question. */
    private void offerReturn(Question question) {
        evidenceReturn.removeAll();
        int number = module.questions().toList().indexOf(question) + 1;
        Button back = new Button(getTranslation("reader.evidence.back", number));
        back.addClassName("evidence-back");
        back.addClickListener(e -> {
            evidenceReturn.setVisible(false);
            goToQuestion(question);
        });
        evidenceReturn.add(back);
        evidenceReturn.setVisible(true);
    }

    @Override
    public void answered(Question question, Answer answer, Feedback feedback) {
        work = mode.answered(work, question, answer, feedback);
        updateProgress();
        renderNav();
        if (retrying) {
            updateRetryBar();
        }
        refreshAids();
    }

    /**
     * The stable key of the section text shown: {@code original}, {@code level:<id>} or {@code lang:<tag>} (the
     * original with that translation beside it); see {@link TextVariant#key()}.
     */
    public String textVariant() {
        return text == null ? TextVariant.ORIGINAL.key() : text.chosen().key();
    }

    /** The page title: the section and the heading, once a section is open. */
    public String pageTitle() {
        if (mode == null || section == null) {
            return MainLayout.title(this, getTranslation("reader.title"));
        }
        return MainLayout.title(this, section.title() + " – " + mode.heading());
    }
}
