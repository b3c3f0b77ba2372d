package app.lectern.reader.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.PaperQuestion;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * {@code /modules/<module-id>/worksheet}: the whole module to print: every section's text, then its practice questions
 * with their choices and blank answer lines. Built from the self-study form the catalog serves, so it holds no
 * assessment item, and from each question's paper form, so it holds no key, explanation, hint or evidence.
 */
@Route(value = "modules/:" + ReaderView.MODULE + "/worksheet", layout = MainLayout.class)
@AnonymousAllowed
public class WorksheetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentCatalog catalog;
    private LearningModule module;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public WorksheetView(ContentCatalog catalog) {
        this.catalog = catalog;
        addClassNames("lectern-page", "paper-page", "worksheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get(ReaderView.MODULE).orElse("");
        Optional<LearningModule> found = catalog.module(moduleId);
        if (found.isEmpty()) {
            NotFoundView.reroute(event, getTranslation("notfound.module", moduleId));
            return;
        }
        module = found.get();
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(
                getTranslation("reader.worksheet.back"), ReaderView.class, ReaderView.parameters(module.id(), null));
        back.addClassName("no-print");
        Button print = new Button(getTranslation("reader.worksheet.print"));
        print.setId("print");
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        Div actions = new Div(back, print);
        actions.addClassNames("no-print", "paper-actions");
        add(actions);
        add(new H1(getTranslation("reader.worksheet.heading", module.title())));
        Paragraph name = new Paragraph(getTranslation("reader.worksheet.name"));
        name.addClassName("paper-name");
        Paragraph source = new Paragraph(getTranslation(
                "reader.worksheet.source",
                module.source().author(),
                module.source().publisher(),
                module.source().published()));
        source.addClassName("paper-source");
        add(name, source);
        int number = 0;
        for (Section section : module.sections()) {
            Div part = new Div();
            part.addClassName("paper-section");
            part.setId("sheet-" + section.id());
            part.add(new H2(section.title()));
            Div text = new Div();
            text.addClassName("paper-text");
            text.getElement().setProperty("innerHTML", Markdown.html(section.body()));
            part.add(text);
            for (Question q : section.questions()) {
                part.add(PaperQuestions.of(this, ++number, PaperQuestion.of(module, q)));
            }
            add(part);
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                module == null
                        ? getTranslation("reader.title")
                        : getTranslation("reader.worksheet.heading", module.title()));
    }
}
