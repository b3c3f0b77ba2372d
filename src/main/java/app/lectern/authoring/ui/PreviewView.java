package app.lectern.authoring.ui;

import app.lectern.answering.Feedback;
import app.lectern.answering.UnsavedAnswers;
import app.lectern.authoring.AuthoringService;
import app.lectern.authoring.Draft;
import app.lectern.authoring.DraftEdits;
import app.lectern.authoring.DraftReport;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.reader.LearnerWork;
import app.lectern.reader.ui.ModuleReader;
import app.lectern.reader.ui.ReaderMode;
import app.lectern.scoring.RetryPolicy;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * {@code /author/<module>/preview}: the draft in the real reader, every question included; answers are checked and
 * get feedback through the same pipeline as self-study but are kept only in this browser tab, never saved.
 */
@Route(
        value = "author/:" + AuthoringUi.MODULE + AuthoringUi.MODULE_ID + "/preview/:" + PreviewView.SECTION + "?",
        layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class PreviewView extends Composite<ModuleReader> implements BeforeEnterObserver, HasDynamicTitle {

    static final String SECTION = "section";

    private final AuthoringService authoring;
    private String title = "";

    /** Creates the view; {@link #beforeEnter} fills it. */
    public PreviewView(AuthoringService authoring) {
        this.authoring = authoring;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(AuthoringUi.MODULE).orElse("");
        Draft draft = NotFoundView.orNotFound(() -> authoring.draft(id), getTranslation("authoring.notfound"));
        DraftReport report = authoring.check(draft.moduleId(), draft.yaml());
        if (report.module().isEmpty()) {
            NotFoundView.reroute(
                    event,
                    getTranslation(
                            "authoring.preview.problems", report.problems().size()));
            return;
        }
        LearningModule module = DraftEdits.forPreview(report.module().get());
        title = module.title();
        PreviewMode mode = state(event.getUI(), draft, module);
        getContent().open(event, mode, event.getRouteParameters().get(SECTION));
    }

    /** The tab's preview of this revision, kept while the author moves between its sections. */
    private PreviewMode state(UI ui, Draft draft, LearningModule module) {
        String key = "preview:" + draft.moduleId() + "@" + draft.revision();
        PreviewMode mode = (PreviewMode) ComponentUtil.getData(ui, key);
        if (mode == null) {
            mode = new PreviewMode(module);
            ComponentUtil.setData(ui, key, mode);
        }
        mode.view = this;
        return mode;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.preview.title", title) + " · Lectern";
    }

    /** The preview's reader mode: the author's answers in memory, feedback at once, hints free. */
    private static final class PreviewMode implements ReaderMode {

        private final LearningModule module;
        private final UnsavedAnswers answers;
        private final Map<String, Answer> given = new HashMap<>();
        private final Map<String, Feedback> feedback = new HashMap<>();
        private final java.util.Set<String> hints = new HashSet<>();
        private PreviewView view;

        PreviewMode(LearningModule module) {
            this.module = module;
            this.answers = new UnsavedAnswers(module, RetryPolicy.SELF_STUDY);
        }

        @Override
        public LearningModule module() {
            return module;
        }

        @Override
        public Long notesAttempt() {
            return NO_NOTES; // a draft: nothing a teacher marks while previewing is kept
        }

        @Override
        public String heading() {
            return view.getTranslation("authoring.preview.heading", module.title());
        }

        @Override
        public void addToHead(Div head) {
            RouterLink back = new RouterLink(
                    view.getTranslation("authoring.preview.back"),
                    DraftEditorView.class,
                    new RouteParameters(AuthoringUi.MODULE, module.id()));
            back.setId("back-to-editor");
            Paragraph note = new Paragraph(view.getTranslation("authoring.preview.note"));
            note.addClassName("preview-note");
            head.add(note, new Paragraph(back));
        }

        @Override
        public String lastSectionId() {
            return null;
        }

        @Override
        public void visit(Section section) {}

        @Override
        public LearnerWork work(Section opened) {
            return new LearnerWork(given, feedback, hints, java.util.Set.of());
        }

        @Override
        public LearnerWork answered(LearnerWork work, Question question, Answer answer, Feedback result) {
            given.put(question.id(), answer);
            feedback.put(question.id(), result);
            return work.answered(module, question, answer, result);
        }

        @Override
        public Feedback submit(Question question, Answer answer) {
            return answers.submit(question, answer);
        }

        @Override
        public long displaySeed(Question question) {
            return question.id().hashCode();
        }

        @Override
        public String takeHint(Question question) {
            hints.add(question.id());
            return question.base().hint();
        }

        @Override
        public String sectionUrl(Section target) {
            return RouteConfiguration.forSessionScope().getUrl(PreviewView.class, parameters(target));
        }

        @Override
        public void navigateTo(Section target, QueryParameters query) {
            view.getUI().ifPresent(ui -> ui.navigate(PreviewView.class, parameters(target), query));
        }

        private RouteParameters parameters(Section target) {
            return new RouteParameters(Map.of(AuthoringUi.MODULE, module.id(), SECTION, target.id()));
        }

        @Override
        public Component lastPagerLink() {
            RouterLink back = new RouterLink(
                    view.getTranslation("authoring.preview.done"),
                    DraftEditorView.class,
                    new RouteParameters(AuthoringUi.MODULE, module.id()));
            back.addClassName("pager-results");
            return back;
        }
    }
}
