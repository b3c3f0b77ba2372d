package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One article turned into a lesson: the root of {@code content/<module-id>/module.yaml}.
 *
 * @param translations languages every section is translated into (a section may carry others of its own)
 * @param levels the levels every section carries its text at, besides the original
 */
@ConsistentModule
public record LearningModule(
        @NotNull @Pattern(regexp = Slugs.MODULE_ID, message = "must be a slug of 3 to 64 characters [a-z0-9-]")
        String id,

        @NotNull @Min(1) Integer version,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 1000) String summary,

        @NotNull @Pattern(regexp = Slugs.LANGUAGE, message = "must be a BCP 47 language tag")
        String language,

        @Size(max = Section.MAX_TRANSLATIONS)
        List<@NotNull @Pattern(regexp = Slugs.LANGUAGE, message = "must be a BCP 47 language tag") String> translations,

        @NotBlank @Size(max = 100) String level,
        @Size(max = Section.MAX_LEVELS) List<@NotNull @Valid TextLevel> levels,
        @NotNull @Min(1) @Max(120) Integer readingMinutes,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> topics,
        @NotNull @Valid Source source,
        @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 500) String> objectives,
        @Size(max = 200) List<@NotNull @Valid GlossaryEntry> glossary,
        @Size(max = 200) List<@NotNull @Valid TimelineEvent> timeline,
        @Size(max = MAX_CLAIMS) List<@NotNull @Valid Claim> claims,
        @NotNull @Size(min = 1, max = MAX_SECTIONS) List<@NotNull @Valid Section> sections,
        @Size(max = 200) List<@NotNull @Valid LintIgnore> lintIgnore) {

    /** A module without levels or translations. */
    public LearningModule(
            String id,
            Integer version,
            String title,
            String summary,
            String language,
            String level,
            Integer readingMinutes,
            List<String> topics,
            Source source,
            List<String> objectives,
            List<GlossaryEntry> glossary,
            List<TimelineEvent> timeline,
            List<Claim> claims,
            List<Section> sections,
            List<LintIgnore> lintIgnore) {
        this(
                id,
                version,
                title,
                summary,
                language,
                List.of(),
                level,
                List.of(),
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

    /** Most sections a module may have. */
    public static final int MAX_SECTIONS = 20;

    /** Most claims a module may have. */
    public static final int MAX_CLAIMS = 200;

    /** Normalises missing optional lists to empty ones. */
    public LearningModule {
        translations = translations == null ? List.of() : List.copyOf(translations);
        levels = levels == null ? List.of() : List.copyOf(levels);
        topics = topics == null ? List.of() : List.copyOf(topics);
        objectives = objectives == null ? null : List.copyOf(objectives);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        claims = claims == null ? List.of() : List.copyOf(claims);
        sections = sections == null ? null : List.copyOf(sections);
        lintIgnore = lintIgnore == null ? List.of() : List.copyOf(lintIgnore);
    }

    /** All questions in reading order, every variant of every pool included. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(Section::allQuestions);
    }

    /** Every pool, in reading order. */
    public Stream<ItemPool> pools() {
        return sections.stream().flatMap(s -> s.pools().stream());
    }

    /** The pool this question is a variant of, if any. */
    public Optional<ItemPool> poolOf(String questionId) {
        return pools().filter(p -> p.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }

    /**
     * The module as self-study serves it, to anyone, signed in or not: without any {@link Use#ASSESSMENT} question
     * or pool, and with the questions of its practice pools shown inline after the section's own questions. This is
     * the one place assessment items are held back: the catalog serves only this form; the full module (its text)
     * is pinned by assignments.
     */
    public LearningModule forSelfStudy() {
        return withSections(s -> Stream.concat(
                        s.questions().stream().filter(q -> !q.base().assessmentOnly()),
                        s.pools().stream().filter(p -> !p.assessmentOnly()).flatMap(p -> p.questions().stream()))
                .toList());
    }

    /**
     * The module as one student's attempt shows it: every question of its own, and of each pool only the drawn
     * variants, inline after the section's own questions (in the pool's order).
     *
     * @param drawn the ids of the drawn variants; ids of other questions are ignored
     */
    public LearningModule withDrawn(Set<String> drawn) {
        return withSections(s -> Stream.concat(
                        s.questions().stream(),
                        s.pools().stream().flatMap(p -> p.questions().stream()).filter(q -> drawn.contains(q.id())))
                .toList());
    }

    /** The module with every variant of every pool shown inline, as a teacher previews it. */
    public LearningModule withEveryVariant() {
        return withDrawn(questions().map(Question::id).collect(Collectors.toSet()));
    }

    /** How many questions one learner answers: every question of its own, and of each pool as many as it draws. */
    public int questionsPerLearner() {
        return (int) sections.stream().mapToLong(s -> s.questions().size()).sum()
                + pools().mapToInt(p -> Math.min(p.draw(), p.questions().size()))
                        .sum();
    }

    /** Whether any question or pool is for assignments only. */
    public boolean hasAssessmentItems() {
        return questions().anyMatch(q -> q.base().assessmentOnly()) || pools().anyMatch(ItemPool::assessmentOnly);
    }

    /** Every form of the module built here is a served one: without the path of the article's text. */
    private LearningModule withSections(Function<Section, List<Question>> questionsOf) {
        List<Section> flat =
                sections.stream().map(s -> s.showing(questionsOf.apply(s))).toList();
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
                source == null ? null : source.served(),
                objectives,
                glossary,
                timeline,
                claims,
                flat,
                lintIgnore);
    }

    /** The section with this id. */
    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The question with this id. */
    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The section a question is shown after. */
    public Optional<Section> sectionOf(String questionId) {
        return sections.stream().filter(s -> s.holds(questionId)).findFirst();
    }

    /** The question's evidence with its section resolved (a missing section means the question's own). */
    public Optional<Evidence> evidenceOf(Question question) {
        Evidence e = question.base().evidence();
        if (e == null) {
            return Optional.empty();
        }
        String section = e.section() != null
                ? e.section()
                : sectionOf(question.id()).map(Section::id).orElse(null);
        return Optional.of(new Evidence(section, e.quote()));
    }
}
