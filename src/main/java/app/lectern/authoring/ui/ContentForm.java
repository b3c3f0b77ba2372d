package app.lectern.authoring.ui;

import app.lectern.authoring.DraftEdits;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.load.ContentProblem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The form editor of a draft: the module's details, its sections (title and Markdown text with a live preview
 * rendered and sanitised as the reader does) and each section's questions. Every committed field change hands a new
 * module to {@code changed}; problems are shown at the field whose path they name.
 */
final class ContentForm extends Div {

    /** Opens a question for editing, or a new one of a type (question index -1). */
    interface QuestionOpener {
        void open(int section, int question, String newType);
    }

    private final Consumer<LearningModule> changed;
    private final QuestionOpener opener;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<String, Span> questionMarks = new HashMap<>();
    private LearningModule module;

    ContentForm(LearningModule module, Consumer<LearningModule> changed, QuestionOpener opener) {
        this.module = module;
        this.changed = changed;
        this.opener = opener;
        addClassName("content-form");
        setId("content-form");
        build();
    }

    /** The module as the form holds it now. */
    LearningModule module() {
        return module;
    }

    private void build() {
        removeAll();
        fields.clear();
        questionMarks.clear();
        add(details());
        for (int i = 0; i < module.sections().size(); i++) {
            add(section(i));
        }
        Button addSection = new Button(
                getTranslation("authoring.form.add-section"),
                e -> change(
                        m -> DraftEdits.sections(m, list -> {
                            String id = uniqueSectionId(m);
                            list.add(new Section(
                                    id,
                                    getTranslation("authoring.form.new-section-title"),
                                    getTranslation("authoring.form.new-section-body"),
                                    List.of(),
                                    List.of()));
                            return list;
                        }),
                        true));
        addSection.setId("add-section");
        addSection.setEnabled(module.sections().size() < LearningModule.MAX_SECTIONS);
        add(addSection);
    }

    private static String uniqueSectionId(LearningModule m) {
        for (int n = m.sections().size() + 1; ; n++) {
            String id = "section-" + n;
            if (m.sections().stream().noneMatch(s -> id.equals(s.id()))) {
                return id;
            }
        }
    }

    private Div details() {
        Div box = new Div(new H2(getTranslation("authoring.form.details")));
        box.addClassName("form-card");
        DraftEdits.Details d = DraftEdits.Details.of(module);
        TextField title = text("title", "authoring.form.title", d.title(), 300);
        TextArea summary = area("summary", "authoring.form.summary", d.summary(), 1000);
        TextField level = text("level", "authoring.form.level", d.level(), 100);
        TextField language = text("language", "authoring.form.language", d.language(), 20);
        IntegerField minutes = new IntegerField(getTranslation("authoring.form.minutes"));
        minutes.setId("field-reading-minutes");
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setValue(d.readingMinutes());
        fields.put("reading-minutes", minutes);
        TextField topics = text("topics", "authoring.form.topics", String.join(", ", d.topics()), 1300);
        TextArea objectives = area(
                "objectives",
                "authoring.form.objectives",
                d.objectives() == null ? "" : String.join("\n", d.objectives()),
                4100);
        objectives.setHelperText(getTranslation("authoring.form.objectives-help"));
        Runnable save = () -> change(
                m -> DraftEdits.details(
                        m,
                        new DraftEdits.Details(
                                title.getValue(),
                                summary.getValue(),
                                language.getValue(),
                                level.getValue(),
                                minutes.getValue(),
                                lines(topics.getValue(), ","),
                                lines(objectives.getValue(), "\n"))),
                false);
        for (var f : List.of(title, summary, level, language, topics, objectives)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) f).addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save.run();
                }
            });
        }
        minutes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        box.add(title, summary, level, language, minutes, topics, objectives);
        return box;
    }

    private static List<String> lines(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private Div section(int index) {
        Section s = module.sections().get(index);
        String path = "sections[" + index + "]";
        Div box = new Div();
        box.addClassName("form-card");
        box.setId("form-section-" + index);
        H2 heading = new H2(getTranslation("authoring.form.section", index + 1, s.title() == null ? "" : s.title()));
        box.add(heading);
        TextField title = text(path + ".title", "authoring.form.section-title", s.title(), 300);
        TextArea body = area(path + ".body", "authoring.form.section-body", s.body(), Section.MAX_BODY);
        body.setHelperText(getTranslation("authoring.form.markdown-help"));
        body.addClassName("section-body-field");
        Div preview = new Div();
        preview.addClassName("section-preview");
        preview.addClassName("article-body");
        preview.getElement().setAttribute("aria-label", getTranslation("authoring.form.preview-of", index + 1));
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setProperty("innerHTML", s.body() == null ? "" : Markdown.html(s.body()));
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(m -> DraftEdits.sectionText(m, index, title.getValue(), body.getValue()), false);
                heading.setText(getTranslation("authoring.form.section", index + 1, title.getValue()));
            }
        });
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(m -> DraftEdits.sectionText(m, index, title.getValue(), body.getValue()), false);
                preview.getElement().setProperty("innerHTML", Markdown.html(body.getValue()));
            }
        });
        Button up = small(
                getTranslation("authoring.form.section-up", index + 1),
                () -> change(m -> DraftEdits.sections(m, list -> DraftEdits.move(list, index, -1)), true));
        up.setEnabled(index > 0);
        Button down = small(
                getTranslation("authoring.form.section-down", index + 1),
                () -> change(m -> DraftEdits.sections(m, list -> DraftEdits.move(list, index, 1)), true));
        down.setEnabled(index < module.sections().size() - 1);
        Button remove = small(
                getTranslation("authoring.form.section-remove", index + 1),
                () -> change(
                        m -> DraftEdits.sections(m, list -> {
                            list.remove(index);
                            return list;
                        }),
                        true));
        remove.setEnabled(module.sections().size() > 1
                && s.questions().isEmpty()
                && s.pools().isEmpty());
        Div tools = new Div(up, down, remove);
        tools.addClassName("form-tools");
        box.add(title, body, preview, tools, questions(index, s));
        return box;
    }

    private Div questions(int index, Section s) {
        Div box = new Div();
        box.addClassName("form-questions");
        box.add(new Paragraph(
                getTranslation("authoring.form.questions", s.questions().size())));
        OrderedList list = new OrderedList();
        list.addClassName("question-list");
        for (int q = 0; q < s.questions().size(); q++) {
            Question question = s.questions().get(q);
            int qi = q;
            ListItem item = new ListItem();
            item.setId("form-question-" + index + "-" + q);
            Span prompt = new Span(Markdown.plainText(
                    question.base().prompt() == null ? "" : question.base().prompt()));
            prompt.getElement().setAttribute("lang", module.language());
            Span text = new Span(
                    new Text(getTranslation("authoring.type." + question.base().type()) + " · "), prompt);
            text.addClassName("question-summary");
            Span mark = new Span();
            mark.addClassName("question-problems");
            questionMarks.put("sections[" + index + "].questions[" + q + "]", mark);
            Button edit =
                    small(getTranslation("authoring.form.question-edit", q + 1), () -> opener.open(index, qi, null));
            edit.setId("edit-question-" + index + "-" + q);
            Button up = small(
                    getTranslation("authoring.form.question-up", q + 1),
                    () -> change(m -> DraftEdits.questions(m, index, l -> DraftEdits.move(l, qi, -1)), true));
            up.setEnabled(q > 0);
            Button down = small(
                    getTranslation("authoring.form.question-down", q + 1),
                    () -> change(m -> DraftEdits.questions(m, index, l -> DraftEdits.move(l, qi, 1)), true));
            down.setEnabled(q < s.questions().size() - 1);
            Button remove = small(
                    getTranslation("authoring.form.question-remove", q + 1),
                    () -> change(
                            m -> DraftEdits.questions(m, index, l -> {
                                l.remove(qi);
                                return l;
                            }),
                            true));
            Div tools = new Div(edit, up, down, remove);
            tools.addClassName("form-tools");
            item.add(text, mark, tools);
            list.add(item);
        }
        box.add(list);
        if (!s.pools().isEmpty()) {
            box.add(new Paragraph(
                    getTranslation("authoring.form.pools", s.pools().size())));
        }
        com.vaadin.flow.component.select.Select<String> type = new com.vaadin.flow.component.select.Select<>();
        type.setLabel(getTranslation("authoring.form.new-question-type"));
        type.setId("new-question-type-" + index);
        type.setItems(app.lectern.question.QuestionTypes.ALL.stream()
                .map(t -> t.name())
                .toList());
        type.setItemLabelGenerator(t -> getTranslation("authoring.type." + t));
        type.setValue("single");
        Button add =
                new Button(getTranslation("authoring.form.add-question"), e -> opener.open(index, -1, type.getValue()));
        add.setId("add-question-" + index);
        add.setEnabled(s.questions().size() < Section.MAX_QUESTIONS);
        Div row = new Div(type, add);
        row.addClassName("form-add-question");
        box.add(row);
        return box;
    }

    /** Shows problems at their fields; a question's count next to it. */
    void showProblems(List<ContentProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        questionMarks.values().forEach(m -> m.setText(""));
        Map<String, Integer> perQuestion = new HashMap<>();
        for (ContentProblem p : problems) {
            HasValidation field = fields.get(fieldPath(p.path()));
            if (field != null) {
                field.setErrorMessage(p.message());
                field.setInvalid(true);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(sections\\[\\d+]\\.questions\\[\\d+])")
                    .matcher(p.path());
            if (m.find()) {
                perQuestion.merge(m.group(1), 1, Integer::sum);
            }
        }
        perQuestion.forEach((path, n) -> {
            Span mark = questionMarks.get(path);
            if (mark != null) {
                mark.setText(" · " + getTranslation("authoring.form.question-problems", n));
            }
        });
    }

    /** The field a problem's path belongs to: {@code objectives[2]} is the objectives field. */
    private static String fieldPath(String path) {
        return path.replaceFirst("^(objectives|topics)\\[\\d+]$", "$1");
    }

    /** Takes a change made beside the form (the reader aids) without rebuilding it. */
    void update(LearningModule changed) {
        this.module = changed;
    }

    /** Replaces the form's module (after a change elsewhere, e.g. a question saved) and rebuilds it. */
    void replace(LearningModule changed) {
        this.module = changed;
        build();
    }

    private void change(UnaryOperator<LearningModule> edit, boolean rebuild) {
        module = edit.apply(module);
        if (rebuild) {
            build();
        }
        changed.accept(module);
    }

    private TextField text(String path, String label, String value, int max) {
        TextField f = new TextField(getTranslation(label));
        f.setId("field-" + path.replaceAll("[^a-z0-9-]+", "-"));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(max);
        f.setWidthFull();
        fields.put(path, f);
        return f;
    }

    private TextArea area(String path, String label, String value, int max) {
        TextArea f = new TextArea(getTranslation(label));
        f.setId("field-" + path.replaceAll("[^a-z0-9-]+", "-"));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(max);
        f.setWidthFull();
        fields.put(path, f);
        return f;
    }

    /** A small button: a short visible word, a full accessible name (which section or question it acts on). */
    private Button small(String name, Runnable action) {
        // names are "Up — move section 2 up": the visible word starts the accessible name (WCAG 2.5.3)
        String word = name.split(" — ", 2)[0];
        Button b = new Button(word, e -> action.run());
        b.setAriaLabel(name);
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }
}
