package app.lectern.content;

import java.util.List;

/**
 * A changed copy of a module: start {@link #from} one, set what differs, {@link #build()}. The authoring editor and
 * publishing change single parts of a module this way instead of repeating all its components.
 */
public final class ModuleBuilder {

    private String id;
    private Integer version;
    private String title;
    private String summary;
    private String language;
    private List<String> translations;
    private String level;
    private List<TextLevel> levels;
    private Integer readingMinutes;
    private List<String> topics;
    private Source source;
    private List<String> objectives;
    private List<GlossaryEntry> glossary;
    private List<TimelineEvent> timeline;
    private List<Claim> claims;
    private List<Section> sections;
    private List<LintIgnore> lintIgnore;

    private ModuleBuilder() {}

    /** A builder holding every part of {@code m}. */
    public static ModuleBuilder from(LearningModule m) {
        ModuleBuilder b = new ModuleBuilder();
        b.id = m.id();
        b.version = m.version();
        b.title = m.title();
        b.summary = m.summary();
        b.language = m.language();
        b.translations = m.translations();
        b.level = m.level();
        b.levels = m.levels();
        b.readingMinutes = m.readingMinutes();
        b.topics = m.topics();
        b.source = m.source();
        b.objectives = m.objectives();
        b.glossary = m.glossary();
        b.timeline = m.timeline();
        b.claims = m.claims();
        b.sections = m.sections();
        b.lintIgnore = m.lintIgnore();
        return b;
    }

    /** Another id. */
    public ModuleBuilder id(String value) {
        id = value;
        return this;
    }

    /** Another version. */
    public ModuleBuilder version(Integer value) {
        version = value;
        return this;
    }

    /** Other details: title, summary, language, level, reading time, topics and objectives. */
    public ModuleBuilder details(
            String title,
            String summary,
            String language,
            String level,
            Integer readingMinutes,
            List<String> topics,
            List<String> objectives) {
        this.title = title;
        this.summary = summary;
        this.language = language;
        this.level = level;
        this.readingMinutes = readingMinutes;
        this.topics = topics;
        this.objectives = objectives;
        return this;
    }

    /** Another source. */
    public ModuleBuilder source(Source value) {
        source = value;
        return this;
    }

    /** Other reader aids. */
    public ModuleBuilder aids(List<GlossaryEntry> glossary, List<TimelineEvent> timeline, List<Claim> claims) {
        this.glossary = glossary;
        this.timeline = timeline;
        this.claims = claims;
        return this;
    }

    /** Other sections. */
    public ModuleBuilder sections(List<Section> value) {
        sections = value;
        return this;
    }

    /** The module. */
    public LearningModule build() {
        return new LearningModule(
                id,
                version,
                title,
                summary,
                language,
                translations,
                level,
                levels,
                readingMinutes,
                topics,
                source,
                objectives,
                glossary,
                timeline,
                claims,
                sections,
                lintIgnore);
    }
}
