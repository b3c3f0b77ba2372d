package app.lectern.reader.ui;

import static app.lectern.ui.StaticText.escape;
import static app.lectern.ui.StaticText.shared;

import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.SectionTranslation;
import app.lectern.content.TextLevel;
import app.lectern.reader.SectionHtml;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The text of one open section as the learner chose it ({@link TextVariant}), and the switch to choose it. The
 * choice comes from the {@code text} query parameter (a link others can open), else from what this learner chose
 * last in this module during the session (so it stays while they move from section to section), else the original.
 * A translation is shown beside the original, not instead of it: questions, evidence and highlights are in the
 * module's language, so the original stays on screen (stacked above the translation on a narrow screen).
 */
final class SectionText {

    /** Query parameter: the key of the text to show ({@link TextVariant#key()}). */
    static final String PARAM = "text";

    private static final String SESSION_KEY = "lectern.reader.text.";

    private final LearningModule module;
    private final Section section;
    private final List<TextVariant> offered;
    private final String path;
    private TextVariant chosen;
    private final Map<String, Paragraph> promptNotes = new LinkedHashMap<>();

    private SectionText(LearningModule module, Section section, String path, TextVariant chosen) {
        this.module = module;
        this.section = section;
        this.offered = TextVariant.offered(module, section);
        this.path = path;
        this.chosen = chosen;
    }

    /**
     * The text to show of a section: the one the query names (remembered for the module), else the remembered one
     * if this section has it, else the original.
     *
     * @param queryKey the {@code text} query parameter as the browser sent it
     * @param path the location's path, for the address of a choice
     */
    static SectionText choose(LearningModule module, Section section, Optional<String> queryKey, String path) {
        List<TextVariant> offered = TextVariant.offered(module, section);
        Optional<TextVariant> asked = queryKey.flatMap(k -> TextVariant.parse(k, offered));
        asked.ifPresent(v -> remember(module, v));
        TextVariant chosen = asked.or(() -> remembered(module).flatMap(k -> TextVariant.parse(k, offered)))
                .orElse(TextVariant.ORIGINAL);
        return new SectionText(module, section, path, chosen);
    }

    TextVariant chosen() {
        return chosen;
    }

    /** Whether the section has any text besides the original, so the switch is shown. */
    boolean offersChoice() {
        return offered.size() > 1;
    }

    /** The Markdown of the text read as the section body: the original, or its level. */
    String body() {
        return chosen.kind() == TextVariant.Kind.LEVEL
                ? section.level(chosen.id()).orElseThrow().body()
                : section.body();
    }

    /** The translation shown beside the original, if one is chosen. */
    Optional<SectionTranslation> translation() {
        return chosen.kind() == TextVariant.Kind.LANGUAGE ? section.translation(chosen.id()) : Optional.empty();
    }

    /**
     * The switch: a labelled radio group (Original, each level's label, each translation's language named in
     * itself). A change is remembered, put in the address bar, and handed to {@code onChange} to redraw the text.
     */
    Component switcher(Component owner, Consumer<TextVariant> onChange) {
        RadioButtonGroup<TextVariant> group = new RadioButtonGroup<>(owner.getTranslation("reader.text.label"));
        group.addClassName("text-variant");
        group.setItems(offered);
        group.setItemLabelGenerator(v -> label(owner, v));
        group.setRenderer(new ComponentRenderer<>(v -> {
            Span label = new Span(label(owner, v));
            label.getElement().setAttribute("lang", v.kind() == TextVariant.Kind.LANGUAGE ? v.id() : langOf(v, owner));
            return label;
        }));
        group.setValue(chosen);
        group.setHelperText(helper(owner));
        group.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null || !offered.contains(e.getValue())) {
                return;
            }
            chosen = e.getValue();
            remember(module, chosen);
            group.setHelperText(helper(owner));
            UI.getCurrent()
                    .getPage()
                    .getHistory()
                    .replaceState(null, new Location(path, QueryParameters.of(PARAM, chosen.key())));
            updatePromptNotes(owner);
            onChange.accept(chosen);
        });
        return group;
    }

    private String helper(Component owner) {
        return chosen.kind() == TextVariant.Kind.LANGUAGE
                ? owner.getTranslation("reader.text.beside", languageName(module.language(), locale()))
                : "";
    }

    private String langOf(TextVariant v, Component owner) {
        // "Original" is interface text; a level's label is module text
        return v.kind() == TextVariant.Kind.LEVEL ? module.language() : locale().toLanguageTag();
    }

    private String label(Component owner, TextVariant v) {
        return switch (v.kind()) {
            case ORIGINAL -> owner.getTranslation("reader.text.original");
            case LEVEL ->
                module.levels().stream()
                        .filter(l -> l.id().equals(v.id()))
                        .map(TextLevel::label)
                        .findFirst()
                        .orElse(v.id());
            case LANGUAGE -> {
                Locale language = Locale.forLanguageTag(v.id());
                yield languageName(v.id(), language);
            }
        };
    }

    /** A language's name in {@code in}, capitalised ("Українська", "English"); the tag if Java does not know it. */
    static String languageName(String tag, Locale in) {
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayName(in);
        if (name.isBlank()) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /**
     * The translation beside the original: its title as a heading and its text, both marked with its language, its
     * glossary terms explained in place and listed. A term whose original entry is locked shows its lock message.
     *
     * @param lockMessage the lock message of a glossary term of the module, empty when it is open
     */
    Component translationPanel(Component owner, Function<String, Optional<String>> lockMessage) {
        SectionTranslation t = translation().orElseThrow();
        com.vaadin.flow.component.html.Section panel = new com.vaadin.flow.component.html.Section();
        panel.addClassName("article-translation");
        panel.getElement().setAttribute("lang", t.language());
        panel.getElement().setAttribute("aria-labelledby", "translation-title");
        H3 title = new H3(t.title());
        title.setId("translation-title");
        panel.add(title);
        Map<String, String> originalDefinitions = new HashMap<>();
        module.glossary().forEach(g -> originalDefinitions.put(g.term(), g.definition()));
        List<GlossaryEntry> entries = t.glossary().stream()
                .filter(g -> originalDefinitions.containsKey(g.term()))
                .map(g -> lockMessage
                        .apply(g.term())
                        .map(m -> new GlossaryEntry(g.translation(), m))
                        .orElseGet(() -> new GlossaryEntry(g.translation(), g.definition())))
                .toList();
        String prefix = "term-def-" + t.language().toLowerCase(Locale.ROOT) + "-";
        SectionHtml.Rendered rendered = SectionHtml.render(t.body(), entries, prefix);
        Div body = new Div();
        body.addClassName("article-body");
        body.addClassName("translation-body");
        body.getElement().setProperty("innerHTML", rendered.html());
        panel.add(body);
        if (!rendered.terms().isEmpty()) {
            StringBuilder html = new StringBuilder("<dl class=\"translation-terms\">");
            for (Map.Entry<String, GlossaryEntry> e : rendered.terms().entrySet()) {
                html.append("<dt>")
                        .append(escape(e.getValue().term()))
                        .append("</dt><dd id=\"")
                        .append(escape(e.getKey()))
                        .append("\">")
                        .append(escape(e.getValue().definition()))
                        .append("</dd>");
            }
            Div terms = new Div();
            terms.getElement()
                    .setProperty("innerHTML", shared(html.append("</dl>").toString()));
            panel.add(terms);
        }
        return panel;
    }

    /**
     * A note for a question's card: its prompt in the chosen translation's language, when the translation carries
     * it; hidden otherwise, and none where the section offers no translation. Options, answers and feedback stay in
     * the module's language.
     */
    Optional<Paragraph> promptNote(Component owner, String questionId) {
        // none at all where no translation is offered: an empty hidden paragraph per card would be held in server
        // memory for as long as the tab is open
        if (offered.stream().noneMatch(v -> v.kind() == TextVariant.Kind.LANGUAGE)) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph();
        note.addClassName("prompt-translation");
        promptNotes.put(questionId, note);
        fill(owner, questionId, note);
        return Optional.of(note);
    }

    private void updatePromptNotes(Component owner) {
        promptNotes.forEach((id, note) -> fill(owner, id, note));
    }

    private void fill(Component owner, String questionId, Paragraph note) {
        Optional<SectionTranslation> t = translation();
        Optional<String> prompt = t.flatMap(x -> x.prompt(questionId));
        note.removeAll();
        note.setVisible(prompt.isPresent());
        if (prompt.isPresent()) {
            Span lead = new Span(owner.getTranslation(
                    "reader.text.prompt-in", languageName(t.get().language(), locale())));
            lead.addClassName("prompt-translation-lead");
            Span text = new Span(prompt.get());
            text.getElement().setAttribute("lang", t.get().language());
            note.add(lead, text);
        }
    }

    /** The interface language (a translation's own name is given in that language). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static void remember(LearningModule module, TextVariant v) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY + module.id(), v.key());
        }
    }

    private static Optional<String> remembered(LearningModule module) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null
                ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(SESSION_KEY + module.id()))
                        .map(String.class::cast);
    }
}
