package app.lectern.authoring.ui;

import app.lectern.article.Article;
import app.lectern.article.ArticleReader;
import app.lectern.article.ArticleResult;
import app.lectern.article.ProposedSection;
import app.lectern.article.SectionProposal;
import app.lectern.authoring.AuthoringService;
import app.lectern.authoring.NewModule;
import app.lectern.content.Markdown;
import app.lectern.content.Source;
import app.lectern.ui.MainLayout;
import app.lectern.ui.VaadinTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /author/new}: a new module from an article in three steps: paste the text or upload a file; check the
 * proposed sections (split, merge, rename); give the module's details and the article's attribution. Creating it
 * saves a private draft and opens the editor.
 */
@Route(value = "author/new", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class NewModuleView extends Div implements HasDynamicTitle {

    private final AuthoringService authoring;
    private final TextArea paste = new TextArea();
    private final Paragraph readProblem = new Paragraph();
    private final Section sectionsStep;
    private final Section detailsStep;
    private final OrderedList sectionList = new OrderedList();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextField level = new TextField();
    private final TextField language = new TextField();
    private final TextArea objectives = new TextArea();
    private final TextField sourceTitle = new TextField();
    private final TextField author = new TextField();
    private final TextField publisher = new TextField();
    private final TextField published = new TextField();
    private final TextField url = new TextField();
    private final TextField license = new TextField();
    private final Paragraph createProblem = new Paragraph();
    private List<ProposedSection> sections = List.of();

    /** Builds the page. */
    public NewModuleView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("lectern-page");
        addClassName("authoring-page");
        RouterLink back = new RouterLink(getTranslation("authoring.editor.back"), MyModulesView.class);
        add(new Paragraph(back), new H1(getTranslation("authoring.new.heading")));
        add(articleStep());
        sectionsStep = AuthoringUi.section("step-sections", getTranslation("authoring.new.step2"));
        sectionsStep.setVisible(false);
        add(sectionsStep);
        detailsStep = detailsStep();
        detailsStep.setVisible(false);
        add(detailsStep);
    }

    private Section articleStep() {
        Section step = AuthoringUi.section("step-article", getTranslation("authoring.new.step1"));
        step.add(new Paragraph(getTranslation("authoring.new.step1-help")));
        paste.setLabel(getTranslation("authoring.new.paste"));
        paste.setId("article-text");
        paste.setWidthFull();
        paste.setMaxLength(ArticleReader.MAX_PASTE);
        paste.addClassName("article-paste");
        Button propose = new Button(
                getTranslation("authoring.new.propose"), e -> read(ArticleReader.fromPaste(paste.getValue())));
        propose.setId("propose-sections");
        propose.addThemeVariants(ButtonVariant.PRIMARY);

        Upload upload = new Upload(event -> {
            String name = event.getFileName();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                // never more than the limit in memory, whatever the browser claims the size is
                bytes = in.readNBytes(ArticleReader.MAX_FILE_BYTES + 1);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            UI ui = event.getUI();
            ui.access(() -> read(ArticleReader.read(name, bytes)));
        });
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleReader.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(ArticleReader.EXTENSIONS.toArray(String[]::new));
        upload.setId("article-upload");
        VaadinTexts.upload(upload);
        upload.getElement().setAttribute("aria-label", getTranslation("authoring.new.upload"));
        readProblem.setId("article-problem");
        readProblem.addClassName("error-text");
        readProblem.getElement().setAttribute("role", "alert");
        step.add(paste, propose, new Paragraph(getTranslation("authoring.new.or-upload")), upload, readProblem);
        return step;
    }

    private void read(ArticleResult result) {
        if (!result.ok()) {
            readProblem.setText(result.problem());
            return;
        }
        readProblem.setText("");
        Article article = result.read().orElseThrow();
        sections = SectionProposal.propose(article);
        if (sections.isEmpty()) {
            readProblem.setText(getTranslation("authoring.new.no-text"));
            return;
        }
        if (title.getValue().isBlank() && article.title() != null) {
            title.setValue(Markdown.plainText(article.title()));
        }
        if (!article.notes().isEmpty()) {
            readProblem.setText(String.join(" ", article.notes()));
        }
        showSections();
        sectionsStep.setVisible(true);
        detailsStep.setVisible(true);
    }

    private void showSections() {
        sectionsStep.removeAll();
        sectionsStep.add(new H3(getTranslation("authoring.new.step2")));
        sectionsStep.add(new Paragraph(getTranslation("authoring.new.step2-help", sections.size())));
        sectionList.removeAll();
        sectionList.setId("proposed-sections");
        sectionList.addClassName("proposed-sections");
        for (int i = 0; i < sections.size(); i++) {
            sectionList.add(proposed(i));
        }
        sectionsStep.add(sectionList);
    }

    private ListItem proposed(int index) {
        ProposedSection s = sections.get(index);
        ListItem item = new ListItem();
        item.setId("proposed-" + index);
        TextField name = new TextField(getTranslation("authoring.new.section-title", index + 1));
        name.setValue(s.title());
        name.setMaxLength(300);
        name.setWidthFull();
        name.setId("proposed-title-" + index);
        if (s.provisionalTitle()) {
            name.setHelperText(getTranslation("authoring.new.provisional"));
        }
        name.addValueChangeListener(e -> sections = SectionProposal.rename(sections, index, e.getValue()));
        item.add(name, new Paragraph(getTranslation("authoring.new.words", s.words())));
        List<String> paragraphs = SectionProposal.paragraphs(s.body());
        Div paras = new Div();
        paras.addClassName("proposed-paragraphs");
        for (int p = 0; p < paragraphs.size(); p++) {
            int pi = p;
            Div para = new Div();
            para.addClassName("proposed-paragraph");
            String text = Markdown.plainText(paragraphs.get(p));
            para.add(new Span(text.length() > 160 ? text.substring(0, 160) + "…" : text));
            if (p > 0) {
                String splitName = getTranslation("authoring.new.split", p + 1, index + 1);
                Button split = new Button(splitName.split(" — ", 2)[0], e -> {
                    sections = SectionProposal.split(sections, index, pi);
                    showSections();
                });
                split.setAriaLabel(splitName);
                split.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                split.setId("split-" + index + "-" + p);
                para.add(split);
            }
            paras.add(para);
        }
        item.add(paras);
        if (index < sections.size() - 1) {
            Button merge = new Button(getTranslation("authoring.new.merge", index + 1, index + 2), e -> {
                sections = SectionProposal.merge(sections, index);
                showSections();
            });
            merge.addThemeVariants(ButtonVariant.SMALL);
            merge.setId("merge-" + index);
            item.add(merge);
        }
        return item;
    }

    private Section detailsStep() {
        Section step = AuthoringUi.section("step-details", getTranslation("authoring.new.step3"));
        step.add(new Paragraph(getTranslation("authoring.new.step3-help")));
        field(title, "authoring.form.title", "new-title", 300, true);
        summary.setLabel(getTranslation("authoring.form.summary"));
        summary.setId("new-summary");
        summary.setMaxLength(1000);
        summary.setWidthFull();
        summary.setRequiredIndicatorVisible(true);
        field(level, "authoring.form.level", "new-level", 100, true);
        field(language, "authoring.form.language", "new-language", 20, true);
        language.setValue("en");
        objectives.setLabel(getTranslation("authoring.form.objectives"));
        objectives.setHelperText(getTranslation("authoring.form.objectives-help"));
        objectives.setId("new-objectives");
        objectives.setMaxLength(4100);
        objectives.setWidthFull();
        objectives.setRequiredIndicatorVisible(true);
        step.add(title, summary, level, language, objectives);

        step.add(new H3(getTranslation("authoring.new.attribution")));
        step.add(new Paragraph(getTranslation("authoring.new.attribution-help")));
        field(sourceTitle, "authoring.source.title", "source-title", 300, false);
        field(author, "authoring.source.author", "source-author", 200, true);
        field(publisher, "authoring.source.publisher", "source-publisher", 200, true);
        field(published, "authoring.source.published", "source-published", 10, true);
        published.setHelperText(getTranslation("authoring.source.published-help"));
        field(url, "authoring.source.url", "source-url", 2000, false);
        field(license, "authoring.source.license", "source-license", 100, false);
        step.add(sourceTitle, author, publisher, published, url, license);

        Button create = new Button(getTranslation("authoring.new.create"), e -> create());
        create.setId("create-module");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        createProblem.setId("create-problem");
        createProblem.addClassName("error-text");
        createProblem.getElement().setAttribute("role", "alert");
        step.add(create, createProblem);
        return step;
    }

    private void field(TextField f, String label, String id, int max, boolean required) {
        f.setLabel(getTranslation(label));
        f.setId(id);
        f.setMaxLength(max);
        f.setWidthFull();
        f.setRequiredIndicatorVisible(required);
    }

    private void create() {
        List<String> missing = new ArrayList<>();
        for (TextField f : List.of(title, level, author, publisher, published)) {
            f.setInvalid(f.getValue().isBlank());
            if (f.getValue().isBlank()) {
                f.setErrorMessage(getTranslation("authoring.new.required"));
                missing.add(f.getLabel());
            }
        }
        if (summary.getValue().isBlank()) {
            missing.add(summary.getLabel());
        }
        if (objectives.getValue().isBlank()) {
            missing.add(objectives.getLabel());
        }
        if (!missing.isEmpty()) {
            createProblem.setText(getTranslation("authoring.new.missing", String.join(", ", missing)));
            return;
        }
        NewModule request = new NewModule(
                title.getValue(),
                summary.getValue(),
                language.getValue(),
                level.getValue(),
                Arrays.stream(objectives.getValue().split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                new Source(
                        blankToNull(sourceTitle.getValue()),
                        author.getValue().strip(),
                        null,
                        publisher.getValue().strip(),
                        published.getValue().strip(),
                        blankToNull(url.getValue()),
                        blankToNull(license.getValue()),
                        null,
                        null),
                sections.stream()
                        .map(s -> new NewModule.SectionText(s.title(), s.body()))
                        .toList());
        try {
            String id = authoring.create(request);
            getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class, new RouteParameters(AuthoringUi.MODULE, id)));
        } catch (RuntimeException ex) {
            createProblem.setText(AuthoringUi.message(this, ex));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.new.heading") + " · Lectern";
    }
}
