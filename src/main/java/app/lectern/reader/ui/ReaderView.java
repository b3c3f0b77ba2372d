package app.lectern.reader.ui;

import app.lectern.answering.Feedback;
import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.study.LearnerProgress;
import app.lectern.study.StudyService;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Self-study: {@code /modules/<module-id>} opens the section the learner last visited (or the first),
 * {@code /modules/<module-id>/<section-id>} a given one. The literal path {@code /modules/<module-id>/results} is
 * the {@link SummaryView}, so a section must not be called {@code results}.
 */
@Route(
        value = "modules/:" + ReaderView.MODULE + "/:" + ReaderView.SECTION + "?",
        layout = app.lectern.ui.MainLayout.class)
@AnonymousAllowed
public class ReaderView extends ModuleReader implements BeforeEnterObserver {

    static final String MODULE = "moduleId";
    static final String SECTION = "sectionId";

    private final ContentCatalog catalog;
    private final StudyService study;
    private UUID learner;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public ReaderView(ContentCatalog catalog, StudyService study) {
        this.catalog = catalog;
        this.study = study;
    }

    /** The route parameters of a module's section; a {@code null} section opens where the learner left off. */
    public static RouteParameters parameters(String moduleId, String sectionId) {
        Map<String, String> map = new HashMap<>();
        map.put(MODULE, moduleId);
        if (sectionId != null) {
            map.put(SECTION, sectionId);
        }
        return new RouteParameters(map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get(MODULE).orElse("");
        Optional<LearningModule> found = catalog.module(moduleId);
        if (found.isEmpty()) {
            NotFoundView.reroute(event, getTranslation("notfound.module", moduleId));
            return;
        }
        boolean wasShowing = section != null;
        module = found.get();
        learner = Learner.current();
        LearnerProgress progress = study.progress(learner, module.id());

        if (!chooseSection(event, event.getRouteParameters().get(SECTION), progress.lastSectionId())) {
            return;
        }
        study.visit(learner, module.id(), section.id());
        Set<String> completed = new HashSet<>(progress.completedSections());
        if (LearnerProgress.sectionDone(section, progress.feedback()::containsKey, true)) {
            completed.add(section.id()); // visited just now
        }
        work = new Work(progress.answers(), progress.feedback(), progress.hintsTaken(), completed);
        show(wasShowing, event.getLocation().getQueryParameters());
    }

    @Override
    protected String sectionUrl(Section target) {
        return RouteConfiguration.forSessionScope().getUrl(ReaderView.class, parameters(module.id(), target.id()));
    }

    @Override
    protected Component lastPagerLink() {
        RouterLink results = new RouterLink(
                getTranslation("reader.results"), SummaryView.class, SummaryView.parameters(module.id()));
        results.addClassName("pager-results");
        return results;
    }

    @Override
    protected void navigateTo(Section target, QueryParameters query) {
        getUI().ifPresent(ui -> ui.navigate(ReaderView.class, parameters(module.id(), target.id()), query));
    }

    @Override
    public Feedback submit(Question question, Answer answer) {
        return study.submit(learner, module.id(), question.id(), answer);
    }

    @Override
    public String takeHint(Question question) {
        return study.takeHint(learner, module.id(), question.id());
    }

    @Override
    public void answered(Question question, Answer answer, Feedback feedback) {
        // the view's copy is updated from what was just stored, instead of reading and re-grading every answer of
        // the module again on each Check
        work = work.answered(module, question, answer, feedback);
        refreshProgress();
    }
}
