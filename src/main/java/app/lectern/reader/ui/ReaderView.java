package app.lectern.reader.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.study.AssignedModules;
import app.lectern.study.StudyService;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Self-study: {@code /modules/<module-id>} opens the section the learner last visited (or the first),
 * {@code /modules/<module-id>/<section-id>} a given one. The literal path {@code /modules/<module-id>/results} is
 * the {@link SummaryView}, so a section must not be called {@code results}. A signed-in student whose class has
 * the module open as an assignment is sent to the assignment, with a note why: no second, parallel track.
 */
@Route(
        value = "modules/:" + ReaderView.MODULE + "/:" + ReaderView.SECTION + "?",
        layout = app.lectern.ui.MainLayout.class)
@AnonymousAllowed
public class ReaderView extends Composite<ModuleReader> implements BeforeEnterObserver, HasDynamicTitle {

    static final String MODULE = "moduleId";
    static final String SECTION = "sectionId";

    private final ContentCatalog catalog;
    private final StudyService study;

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
        Optional<AssignedModules.OpenAssignment> assigned = study.openAssignmentOfMine(moduleId);
        if (assigned.isPresent()) {
            Notification note = Notification.show(
                    getTranslation("reader.assigned.redirect", assigned.get().title()),
                    8000,
                    Notification.Position.TOP_CENTER);
            note.setId("assigned-redirect-note");
            event.forwardTo(assigned.get().route());
            return;
        }
        SelfStudyMode mode = new SelfStudyMode(this, study, found.get(), Learner.current());
        getContent().open(event, mode, event.getRouteParameters().get(SECTION));
    }

    @Override
    public String getPageTitle() {
        return getContent().pageTitle();
    }
}
