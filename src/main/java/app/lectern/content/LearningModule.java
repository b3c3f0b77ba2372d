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
import java.util.stream.Stream;

/** One article turned into a lesson: the root of {@code content/<module-id>/module.yaml}. */
@ConsistentModule
public record LearningModule(
        @NotNull @Pattern(regexp = Slugs.MODULE_ID, message = "must be a slug of 3 to 64 characters [a-z0-9-]")
        String id,

        @NotNull @Min(1) Integer version,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 1000) String summary,

        @NotNull @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag")
        String language,

        @NotBlank @Size(max = 100) String level,
        @NotNull @Min(1) @Max(120) Integer readingMinutes,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> topics,
        @NotNull @Valid Source source,
        @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 500) String> objectives,
        @Size(max = 200) List<@NotNull @Valid GlossaryEntry> glossary,
        @Size(max = 200) List<@NotNull @Valid TimelineEvent> timeline,
        @Size(max = MAX_CLAIMS) List<@NotNull @Valid Claim> claims,
        @NotNull @Size(min = 1, max = MAX_SECTIONS) List<@NotNull @Valid Section> sections) {

    /** Most sections a module may have. */
    public static final int MAX_SECTIONS = 20;

    /** Most claims a module may have. */
    public static final int MAX_CLAIMS = 200;

    /** Normalises missing optional lists to empty ones. */
    public LearningModule {
        topics = topics == null ? List.of() : List.copyOf(topics);
        objectives = objectives == null ? null : List.copyOf(objectives);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        claims = claims == null ? List.of() : List.copyOf(claims);
        sections = sections == null ? null : List.copyOf(sections);
    }

    /** All questions in reading order. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
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
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
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
