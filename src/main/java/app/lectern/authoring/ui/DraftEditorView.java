package app.lectern.authoring.ui;

import app.lectern.authoring.AuthoringService;
import app.lectern.authoring.Draft;
import app.lectern.authoring.DraftConflictException;
import app.lectern.authoring.DraftEdits;
import app.lectern.authoring.DraftReport;
import app.lectern.classroom.ClassroomService;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.load.ContentProblem;
import app.lectern.content.load.ModuleWriter;
import app.lectern.question.ui.EditorContext;
import app.lectern.question.ui.FieldProblem;
import app.lectern.question.ui.QuestionEditor;
import app.lectern.question.ui.QuestionEditors;
import app.lectern.ui.CodeEditor;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /author/<module>}: a draft's editor. The form and the YAML edit the same draft (its {@code module.yaml}
 * text); every change is saved at once with the revision it started from, so a second editor's stale save is
 * refused and nothing is overwritten. Problems and lint warnings stand next to the fields they concern, and in a
 * list with their lines.
 */
@Route(value = "author/:" + AuthoringUi.MODULE + AuthoringUi.MODULE_ID, layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class DraftEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthoringService authoring;
    private final ClassroomService classroom;
    private final ModuleWriter writer = new ModuleWriter();

    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Div conflict = new Div();
    private Panes tabs;
    private final Div formHolder = new Div();
    private final Div aidsHolder = new Div();
    private AidsPane aids;
    private Panes.Pane contentTab;
    private Panes.Pane yamlTab;
    private final CodeEditor yaml = new CodeEditor("module.yaml");
    private final ProblemList problems;
    private final PublishPane publish;
    private final ExchangePane exchange;
    private Panes.Pane problemsTab;
    private ContentForm form;
    private String formBuiltFrom;

    private Draft draft;
    private DraftReport report;

    /** Builds the editor; {@link #beforeEnter} loads the draft. */
    public DraftEditorView(AuthoringService authoring, ClassroomService classroom) {
        this.authoring = authoring;
        this.classroom = classroom;
        this.problems = new ProblemList(this::goToLine);
        this.publish = new PublishPane(authoring, classroom, this::reload);
        this.exchange = new ExchangePane(authoring, () -> form == null ? null : form.module(), this::addQuestions);
        addClassName("lectern-page");
        addClassName("authoring-page");
        status.setId("draft-status");
        status.getElement().setAttribute("aria-live", "polite");
        conflict.setId("draft-conflict");
        conflict.addClassName("draft-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(AuthoringUi.MODULE).orElse("");
        draft = NotFoundView.orNotFound(() -> authoring.draft(id), getTranslation("authoring.notfound"));
        report = authoring.check(draft.moduleId(), draft.yaml());
        removeAll();
        RouterLink back = new RouterLink(getTranslation("authoring.editor.back"), MyModulesView.class);
        RouterLink preview = new RouterLink(
                getTranslation("authoring.editor.preview"),
                PreviewView.class,
                new RouteParameters(AuthoringUi.MODULE, draft.moduleId()));
        preview.setId("preview-link");
        Paragraph links = new Paragraph(back, new com.vaadin.flow.component.html.Span(" · "), preview);
        add(links, heading, status, conflict);

        yaml.setLabel(getTranslation("authoring.yaml.label"));
        yaml.setId("yaml");
        yaml.setMaxLength(AuthoringService.MAX_YAML_CHARS);
        yaml.addClassName("yaml-field");
        // the editor sends its text a moment after typing stops, and on leaving it: each is saved as it comes
        yaml.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().equals(draft.yaml())) {
                save(e.getValue());
            }
        });
        Button saveYaml = new Button(getTranslation("authoring.yaml.save"), e -> save(yaml.getValue()));
        saveYaml.setId("save-yaml");
        saveYaml.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph yamlHelp = new Paragraph(getTranslation("authoring.yaml.help"));

        tabs = new Panes(getTranslation("authoring.editor.parts"));
        contentTab = tabs.add(getTranslation("authoring.tab.content"), formHolder);
        tabs.add(getTranslation("authoring.tab.aids"), aidsHolder);
        yamlTab = tabs.add(getTranslation("authoring.tab.yaml"), new Div(yamlHelp, yaml, saveYaml));
        problemsTab = tabs.add(getTranslation("authoring.tab.problems", 0), problems);
        tabs.add(getTranslation("authoring.tab.exchange"), exchange);
        tabs.add(getTranslation("authoring.tab.publish"), publish);
        tabs.addSelectionListener(pane -> {
            if (pane != yamlTab) {
                buildForm();
            }
        });
        add(tabs);
        show();
    }

    /** Reloads everything after a save elsewhere (publishing, sharing). */
    private void reload(Draft changed) {
        draft = changed;
        report = authoring.check(draft.moduleId(), draft.yaml());
        show();
    }

    private void show() {
        LearningModule bound = report.bound().orElse(null);
        heading.setText(bound == null || bound.title() == null ? draft.moduleId() : bound.title());
        status.setText(
                getTranslation("authoring.editor.saved", AuthoringUi.time(this, draft.savedAt()), draft.savedBy()));
        if (!yaml.getValue().equals(draft.yaml())) {
            yaml.setValue(draft.yaml());
        }
        List<CodeEditor.Diagnostic> marks = new ArrayList<>();
        report.problems()
                .forEach(p -> marks.add(new CodeEditor.Diagnostic(
                        Math.max(1, p.line()),
                        Math.max(1, p.column()),
                        CodeEditor.Severity.ERROR,
                        label(p.path(), p.message()))));
        report.warnings()
                .forEach(w -> marks.add(new CodeEditor.Diagnostic(
                        Math.max(1, w.line()),
                        Math.max(1, w.column()),
                        CodeEditor.Severity.WARNING,
                        label(w.path(), w.message() + " [" + w.rule() + "]"))));
        yaml.setDiagnostics(marks);
        problems.show(report);
        tabs.setLabel(
                problemsTab,
                getTranslation(
                        "authoring.tab.problems",
                        report.problems().size() + report.warnings().size()));
        publish.show(draft, report);
        buildForm();
        exchange.show(draft);
    }

    /** (Re)builds the form when the draft changed from elsewhere (YAML, another editor); the form's own edits keep it. */
    private void buildForm() {
        if (draft.yaml().equals(formBuiltFrom) && form != null) {
            form.showProblems(report.problems());
            aids.showProblems(report.problems());
            return;
        }
        formHolder.removeAll();
        aidsHolder.removeAll();
        LearningModule bound = report.bound().orElse(null);
        if (bound == null) {
            form = null;
            aids = null;
            for (Div holder : List.of(formHolder, aidsHolder)) {
                Paragraph fix = new Paragraph(getTranslation(
                        "authoring.form.yaml-first", report.problems().size()));
                fix.addClassName("form-unavailable");
                holder.add(fix);
            }
        } else {
            form = new ContentForm(bound, this::formChanged, this::openQuestion);
            form.showProblems(report.problems());
            formHolder.add(form);
            aids = new AidsPane(bound, () -> form.module(), m -> {
                form.update(m);
                formChanged(m);
            });
            aids.showProblems(report.problems());
            aidsHolder.add(aids);
        }
        formBuiltFrom = draft.yaml();
    }

    private void formChanged(LearningModule module) {
        String text = writer.write(module);
        String before = formBuiltFrom;
        // the form already shows this text: saving it must not rebuild the form under the teacher's cursor
        formBuiltFrom = text;
        if (!save(text)) {
            formBuiltFrom = before;
        }
    }

    /**
     * Opens a question in its type's editor, in a dialog: an existing one ({@code question} its index) or a new one
     * of {@code newType}. Saving puts it into the draft and saves the draft; the dialog stays open while the
     * question has problems, and shows them at their fields.
     */
    private void openQuestion(int section, int question, String newType) {
        LearningModule m = form.module();
        Section s = m.sections().get(section);
        boolean isNew = question < 0;
        Question q = isNew
                ? QuestionEditors.blank(newType, newQuestionId(m))
                : s.questions().get(question);
        QuestionEditor<? extends Question> editor = QuestionEditors.edit(q, EditorContext.of(m, s, isNew ? null : q));
        int index = isNew ? s.questions().size() : question;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                "authoring.question.title", index + 1, getTranslation("authoring.type." + editor.typeName())));
        dialog.addClassName("question-dialog");
        dialog.setWidth("min(60rem, 100vw)");
        Paragraph left = new Paragraph();
        left.setId("question-dialog-status");
        left.getElement().setAttribute("aria-live", "polite");
        dialog.add(left, editor);
        editor.showProblems(fieldProblems(section, index));
        boolean[] added = {!isNew};
        Button save = new Button(getTranslation("authoring.question.save"), e -> {
            Question edited = editor.value();
            LearningModule changed = DraftEdits.questions(form.module(), section, list -> {
                if (added[0]) {
                    list.set(index, edited);
                } else {
                    list.add(edited);
                }
                return list;
            });
            form.replace(changed);
            formChanged(changed);
            added[0] = true;
            List<FieldProblem> problems = fieldProblems(section, index);
            editor.showProblems(problems);
            if (problems.isEmpty()) {
                dialog.close();
                AuthoringUi.notify(getTranslation("authoring.question.saved"));
            } else {
                left.setText(getTranslation("authoring.question.left", problems.size()));
            }
        });
        save.setId("save-question");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button(getTranslation("authoring.question.close"), e -> dialog.close());
        close.setId("close-question");
        dialog.getFooter().add(close, save);
        // opened without adding: Vaadin attaches it to the page and removes it again once closed
        dialog.open();
    }

    /** Adds imported questions after a section's own, as far as the section has room. */
    private void addQuestions(int section, List<Question> questions) {
        LearningModule m = form.module();
        int room = Section.MAX_QUESTIONS - m.sections().get(section).questions().size();
        if (questions.size() > room) {
            AuthoringUi.notify(getTranslation("authoring.import.no-room", room, Section.MAX_QUESTIONS));
            return;
        }
        LearningModule changed = DraftEdits.questions(m, section, list -> {
            list.addAll(questions);
            return list;
        });
        form.replace(changed);
        formChanged(changed);
        AuthoringUi.notify(getTranslation("authoring.import.added", questions.size()));
        tabs.select(contentTab);
    }

    /** The draft's problems of one question, with paths relative to it. */
    private List<FieldProblem> fieldProblems(int section, int question) {
        String prefix = "sections[" + section + "].questions[" + question + "]";
        List<FieldProblem> out = new ArrayList<>();
        for (ContentProblem p : report.problems()) {
            if (p.path().equals(prefix)) {
                out.add(new FieldProblem("", p.message()));
            } else if (p.path().startsWith(prefix + ".")) {
                out.add(new FieldProblem(p.path().substring(prefix.length() + 1), p.message()));
            }
        }
        return out;
    }

    private static String newQuestionId(LearningModule m) {
        List<String> taken = DraftEdits.ids(m);
        for (int n = taken.size() + 1; ; n++) {
            String id = "question-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** Saves a new text of the draft; false (and the conflict shown) when someone saved in between. */
    private boolean save(String text) {
        try {
            draft = authoring.save(draft.moduleId(), text, draft.revision());
            report = authoring.check(draft.moduleId(), draft.yaml());
            conflict.setVisible(false);
            show();
            return true;
        } catch (DraftConflictException e) {
            showConflict(e);
            return false;
        } catch (RuntimeException e) {
            AuthoringUi.notify(AuthoringUi.message(this, e));
            return false;
        }
    }

    private void showConflict(DraftConflictException e) {
        conflict.removeAll();
        conflict.add(new Paragraph(AuthoringUi.message(this, e)));
        Button load = new Button(getTranslation("authoring.conflict.load"), ev -> {
            draft = authoring.draft(draft.moduleId());
            report = authoring.check(draft.moduleId(), draft.yaml());
            conflict.setVisible(false);
            formBuiltFrom = null;
            show();
        });
        load.setId("load-latest");
        conflict.add(load);
        conflict.setVisible(true);
    }

    private void goToLine(int line) {
        tabs.select(yamlTab);
        yaml.reveal(line, 1);
    }

    private static String label(String path, String message) {
        return path.isEmpty() ? message : path + ": " + message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.editor.title", heading.getText()) + " · Lectern";
    }
}
