package app.lectern.authoring.ui;

import app.lectern.authoring.AuthoringService;
import app.lectern.authoring.Draft;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.exchange.Format;
import app.lectern.exchange.ImportProblem;
import app.lectern.exchange.ImportResult;
import app.lectern.exchange.QuestionImport;
import app.lectern.exchange.QuestionSheet;
import app.lectern.ui.VaadinTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * Import questions into a section (GIFT, Aiken, the question sheet, QTI 3.0; pasted or uploaded), and export the
 * draft (its {@code module.yaml}, a QTI 3.0 package) or download the sheet's template.
 */
final class ExchangePane extends Div {

    private final AuthoringService authoring;
    private final Supplier<LearningModule> module;
    private final BiConsumer<Integer, List<Question>> add;
    private final Select<Integer> target = new Select<>();
    private final Select<Format> format = new Select<>();
    private final TextArea paste = new TextArea();
    private final Div result = new Div();
    private String moduleId;

    ExchangePane(AuthoringService authoring, Supplier<LearningModule> module, BiConsumer<Integer, List<Question>> add) {
        this.authoring = authoring;
        this.module = module;
        this.add = add;
        addClassName("exchange-pane");
    }

    void show(Draft draft) {
        moduleId = draft.moduleId();
        removeAll();
        add(new H2(getTranslation("authoring.import.heading")));
        add(new Paragraph(getTranslation("authoring.import.help")));
        LearningModule m = module.get();
        if (m == null) {
            add(new Paragraph(getTranslation("authoring.form.yaml-first", 1)));
        } else {
            target.setLabel(getTranslation("authoring.import.target"));
            target.setId("import-target");
            target.setItems(IntStream.range(0, m.sections().size()).boxed().toList());
            target.setItemLabelGenerator(
                    i -> (i + 1) + ". " + title(m.sections().get(i)));
            if (target.getValue() == null || target.getValue() >= m.sections().size()) {
                target.setValue(0);
            }
            format.setLabel(getTranslation("authoring.import.format"));
            format.setId("import-format");
            format.setItems(Format.values());
            format.setItemLabelGenerator(
                    f -> getTranslation("authoring.import.format." + f.name().toLowerCase(Locale.ROOT)));
            if (format.getValue() == null) {
                format.setValue(Format.GIFT);
            }
            paste.setLabel(getTranslation("authoring.import.paste"));
            paste.setId("import-text");
            paste.setWidthFull();
            paste.setMaxLength(QuestionImport.MAX_TEXT_BYTES);
            Button read = new Button(
                    getTranslation("authoring.import.read"),
                    e -> read(format.getValue(), "pasted text", paste.getValue().getBytes(StandardCharsets.UTF_8)));
            read.setId("import-read");
            Upload upload = new Upload(event -> {
                String name = event.getFileName();
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(QuestionImport.MAX_ZIP_BYTES + 1);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                UI ui = event.getUI();
                ui.access(() -> read(Format.byFileName(name).orElse(format.getValue()), name, bytes));
            });
            upload.setUploadFormat(UploadFormat.RAW);
            upload.setMaxFiles(1);
            upload.setMaxFileSize(QuestionImport.MAX_ZIP_BYTES);
            upload.setAcceptedFileTypes(".gift", ".txt", ".csv", ".xlsx", ".zip", ".xml");
            upload.setId("import-upload");
            VaadinTexts.upload(upload);
            result.setId("import-result");
            Div choices = new Div(target, format);
            choices.addClassName("form-add-question");
            add(choices, paste, read, new Paragraph(getTranslation("authoring.import.or-upload")), upload, result);
        }
        add(new H2(getTranslation("authoring.template.heading")));
        add(new Paragraph(getTranslation("authoring.template.help")));
        add(new Paragraph(
                download("question-sheet.csv", "text/csv", QuestionSheet::templateCsv, "authoring.template.csv"),
                new com.vaadin.flow.component.html.Span(" · "),
                download(
                        "question-sheet.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        QuestionSheet::templateXlsx,
                        "authoring.template.xlsx")));

        add(new H2(getTranslation("authoring.export.heading")));
        Anchor yaml = download(
                moduleId + ".yaml",
                "application/yaml",
                () -> authoring.draft(moduleId).yaml().getBytes(StandardCharsets.UTF_8),
                "authoring.export.yaml");
        yaml.setId("export-yaml");
        Anchor qti = download(
                moduleId + "-qti.zip",
                "application/zip",
                () -> authoring.exportQti(moduleId).zip(),
                "authoring.export.qti");
        qti.setId("export-qti");
        UnorderedList exports = new UnorderedList(new ListItem(yaml), new ListItem(qti));
        if (draft.publishedVersion() > 0) {
            Anchor guide = new Anchor("teach/modules/" + moduleId + "/guide", getTranslation("authoring.export.guide"));
            guide.setId("export-guide");
            exports.add(new ListItem(guide));
        }
        add(exports, new Paragraph(getTranslation("authoring.export.help")));
    }

    private static String title(Section s) {
        return s.title() == null ? s.id() : s.title();
    }

    private void read(Format f, String name, byte[] bytes) {
        result.removeAll();
        if (f == null) {
            result.add(new Paragraph(getTranslation("authoring.import.pick-format")));
            return;
        }
        ImportResult read;
        try {
            read = authoring.importQuestions(moduleId, f, name, bytes);
        } catch (RuntimeException e) {
            result.add(new Paragraph(AuthoringUi.message(this, e)));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "authoring.import.found",
                read.questions().size(),
                read.problems().size()));
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        result.add(summary);
        if (!read.questions().isEmpty()) {
            OrderedList list = new OrderedList();
            read.questions()
                    .forEach(q -> list.add(new ListItem(q.base().type() + " · "
                            + Markdown.plainText(
                                    q.base().prompt() == null ? "" : q.base().prompt()))));
            result.add(list);
        }
        if (!read.problems().isEmpty()) {
            result.add(new H2(getTranslation("authoring.import.problems")));
            OrderedList problems = new OrderedList();
            problems.addClassName("problem-list");
            for (ImportProblem p : read.problems()) {
                problems.add(new ListItem(p.where() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            }
            result.add(problems);
        }
        if (!read.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            read.notes().forEach(n -> notes.add(new ListItem(n)));
            result.add(new H2(getTranslation("authoring.import.notes")), notes);
        }
        if (!read.questions().isEmpty()) {
            int section = target.getValue() == null ? 0 : target.getValue();
            Button take = new Button(
                    getTranslation("authoring.import.add", read.questions().size(), section + 1), e -> {
                        add.accept(section, read.questions());
                        result.removeAll();
                        paste.clear();
                    });
            take.setId("import-add");
            take.addThemeVariants(ButtonVariant.PRIMARY);
            result.add(take);
        }
    }

    private Anchor download(String fileName, String type, Supplier<byte[]> bytes, String label) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] data = bytes.get();
                return new DownloadResponse(new ByteArrayInputStream(data), fileName, type, data.length);
            } catch (NoSuchElementException | AccessDeniedException e) {
                return DownloadResponse.error(404);
            } catch (RuntimeException e) {
                // a draft with problems has no QTI package: the page says so next to the link
                return DownloadResponse.error(409);
            }
        });
        Anchor a = new Anchor(handler, getTranslation(label));
        a.addClassName("lectern-link-button");
        return a;
    }
}
