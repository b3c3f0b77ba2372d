package app.lectern.reader.ui;

import app.lectern.answering.DisplayOrder;
import app.lectern.answering.Feedback;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.reader.LearnerWork;
import app.lectern.study.LearnerProgress;
import app.lectern.study.StudyService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Self-study: the learner's own progress, hints offered, feedback at once, the results page after the last section. */
final class SelfStudyMode implements ReaderMode {

    private final Component view;
    private final StudyService study;
    private final LearningModule module;
    private final UUID learner;
    private final LearnerProgress progress;
    private final DisplayOrder order;

    /** Loads the learner's progress on the module; {@code view} is the route view, for translations and navigation. */
    SelfStudyMode(Component view, StudyService study, LearningModule module, UUID learner) {
        this.view = view;
        this.study = study;
        this.module = module;
        this.learner = learner;
        this.progress = study.progress(learner, module.id());
        this.order = study.displayOrder(learner);
    }

    @Override
    public LearningModule module() {
        return module;
    }

    @Override
    public String heading() {
        return module.title();
    }

    /** The whole module as a worksheet to print (no keys): for a class without screens, or to read on paper. */
    @Override
    public void addToHead(Div head) {
        RouterLink worksheet = new RouterLink(
                view.getTranslation("reader.worksheet.link"),
                WorksheetView.class,
                new RouteParameters(ReaderView.MODULE, module.id()));
        worksheet.setId("worksheet-link");
        worksheet.addClassName("no-print");
        head.add(new Paragraph(worksheet));
    }

    @Override
    public String lastSectionId() {
        return progress.lastSectionId();
    }

    @Override
    public void visit(Section section) {
        study.visit(learner, module.id(), section.id());
    }

    @Override
    public LearnerWork work(Section opened) {
        Set<String> completed = new HashSet<>(progress.completedSections());
        if (LearnerProgress.sectionDone(
                opened, id -> LearnerProgress.finished(progress.feedback().get(id)), true)) {
            completed.add(opened.id()); // visited just now
        }
        return new LearnerWork(progress.answers(), progress.feedback(), progress.hintsTaken(), completed);
    }

    @Override
    public LearnerWork answered(LearnerWork work, Question question, Answer answer, Feedback feedback) {
        // the view's copy is updated from what was just stored, instead of reading and re-grading every answer of
        // the module again on each Check
        return work.answered(module, question, answer, feedback);
    }

    @Override
    public Feedback submit(Question question, Answer answer) {
        return study.submit(learner, module.id(), question.id(), answer);
    }

    @Override
    public long displaySeed(Question question) {
        return order.seed(question.id());
    }

    @Override
    public String takeHint(Question question) {
        return study.takeHint(learner, module.id(), question.id());
    }

    @Override
    public String sectionUrl(Section target) {
        return RouteConfiguration.forSessionScope()
                .getUrl(ReaderView.class, ReaderView.parameters(module.id(), target.id()));
    }

    @Override
    public void navigateTo(Section target, QueryParameters query) {
        view.getUI()
                .ifPresent(ui -> ui.navigate(ReaderView.class, ReaderView.parameters(module.id(), target.id()), query));
    }

    @Override
    public Component lastPagerLink() {
        RouterLink results = new RouterLink(
                view.getTranslation("reader.results"), SummaryView.class, SummaryView.parameters(module.id()));
        results.addClassName("pager-results");
        return results;
    }
}
