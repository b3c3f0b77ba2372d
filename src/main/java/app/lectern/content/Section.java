package app.lectern.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One readable part of the article with the questions shown after it.
 *
 * @param body CommonMark; raw HTML is escaped, never rendered
 * @param levels the text at the module's declared levels (e.g. easier), one per level
 * @param translations the title and text in other languages, at most one per language
 * @param questions the section's own questions
 * @param pools pools of interchangeable questions, shown after the section's own questions
 */
public record Section(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = MAX_BODY) String body,
        @Size(max = MAX_LEVELS) List<@NotNull @Valid SectionLevel> levels,
        @Size(max = MAX_TRANSLATIONS) List<@NotNull @Valid SectionTranslation> translations,
        @Size(max = MAX_QUESTIONS) List<@NotNull @Valid Question> questions,
        @Size(max = MAX_POOLS) List<@NotNull @Valid ItemPool> pools) {

    /** Longest body, in characters. */
    public static final int MAX_BODY = 100_000;

    /** Most questions after one section. */
    public static final int MAX_QUESTIONS = 12;

    /** Most levels a section (and a module) may have besides the original. */
    public static final int MAX_LEVELS = 3;

    /** Most translations of one section. */
    public static final int MAX_TRANSLATIONS = 10;

    /** Most pools after one section. */
    public static final int MAX_POOLS = 4;

    /** Ids a section may not have: they are the results, submit and worksheet pages of the module's routes. */
    public static final Set<String> RESERVED_IDS = Set.of("results", "submit", "worksheet");

    /** Normalises missing lists to empty ones. */
    public Section {
        levels = levels == null ? List.of() : List.copyOf(levels);
        translations = translations == null ? List.of() : List.copyOf(translations);
        questions = questions == null ? List.of() : List.copyOf(questions);
        pools = pools == null ? List.of() : List.copyOf(pools);
    }

    /** A section without levels or translations. */
    public Section(String id, String title, String body, List<Question> questions, List<ItemPool> pools) {
        this(id, title, body, List.of(), List.of(), questions, pools);
    }

    /** A section without pools, levels or translations. */
    public Section(String id, String title, String body, List<Question> questions) {
        this(id, title, body, questions, List.of());
    }

    /** The same section with another title and body; its levels and translations stay (the validator rechecks them). */
    public Section withText(String newTitle, String newBody) {
        return new Section(id, newTitle, newBody, levels, translations, questions, pools);
    }

    /** The same section with other questions and pools. */
    public Section withQuestions(List<Question> newQuestions, List<ItemPool> newPools) {
        return new Section(id, title, body, levels, translations, newQuestions, newPools);
    }

    /**
     * The same section showing only {@code shown} after it, without pools; translated prompts of questions it no
     * longer shows are dropped, so a served form never carries the prompt of a question it holds back.
     */
    public Section showing(List<Question> shown) {
        Set<String> ids = shown.stream().map(Question::id).collect(java.util.stream.Collectors.toSet());
        List<SectionTranslation> kept = translations.stream()
                .map(t -> new SectionTranslation(
                        t.language(),
                        t.title(),
                        t.body(),
                        t.glossary(),
                        t.questions().stream().filter(p -> ids.contains(p.id())).toList()))
                .toList();
        return new Section(id, title, body, levels, kept, shown, List.of());
    }

    /** This section's text at a level, if it has one. */
    public java.util.Optional<SectionLevel> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** This section's translation into a language, if it has one. */
    public java.util.Optional<SectionTranslation> translation(String language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The section's own questions, then every variant of its pools, in reading order. */
    public Stream<Question> allQuestions() {
        return Stream.concat(
                questions.stream(),
                pools.stream().flatMap(p -> p.questions() == null ? Stream.empty() : p.questions().stream()));
    }

    /** Whether this question is shown after this section (as its own or as a pool variant). */
    public boolean holds(String questionId) {
        return allQuestions()
                .anyMatch(q -> q != null
                        && q.base() != null
                        && questionId.equals(q.base().id()));
    }

    /** The section text as plain text with white space collapsed, as evidence quotes are matched against. */
    public String plainText() {
        return Markdown.plainText(body);
    }
}
