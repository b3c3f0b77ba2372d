package app.lectern.authoring.ui;

import app.lectern.authoring.DraftEdits;
import app.lectern.authoring.ui.aids.ClaimsEditor;
import app.lectern.authoring.ui.aids.GlossaryEditor;
import app.lectern.authoring.ui.aids.SourceEditor;
import app.lectern.authoring.ui.aids.TimelineEditor;
import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.load.ContentProblem;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The attribution and the reader aids of a draft: source, glossary, timeline and claim ledger. */
final class AidsPane extends Div {

    private final SourceEditor source;
    private final GlossaryEditor glossary;
    private final TimelineEditor timeline;
    private final ClaimsEditor claims;

    /**
     * @param current the module as the form holds it now
     * @param changed receives the module with the aids as edited
     */
    AidsPane(LearningModule module, Supplier<LearningModule> current, Consumer<LearningModule> changed) {
        addClassName("aids-pane");
        setId("aids-pane");
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section s : module.sections()) {
            sections.put(s.id(), s.title() == null ? s.id() : s.title());
        }
        source = new SourceEditor(module.source());
        glossary = new GlossaryEditor(module.glossary());
        timeline = new TimelineEditor(module.timeline());
        claims = new ClaimsEditor(module.claims(), sections);
        Runnable edited = () -> changed.accept(DraftEdits.aids(
                DraftEdits.source(current.get(), source.value()), glossary.value(), timeline.value(), claims.value()));
        source.addChangeListener(edited::run);
        glossary.addChangeListener(edited::run);
        timeline.addChangeListener(edited::run);
        claims.addChangeListener(edited::run);
        add(source, glossary, timeline, claims);
    }

    void showProblems(List<ContentProblem> problems) {
        source.setProblems(problems, "source");
        glossary.setProblems(problems, "glossary");
        timeline.setProblems(problems, "timeline");
        claims.setProblems(problems, "claims");
    }
}
