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
 * @param questions the section's own questions
 * @param pools pools of interchangeable questions, shown after the section's own questions
 */
public record Section(
        @NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String id,

        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = MAX_BODY) String body,
        @Size(max = MAX_QUESTIONS) List<@NotNull @Valid Question> questions,
        @Size(max = MAX_POOLS) List<@NotNull @Valid ItemPool> pools) {

    /** Longest body, in characters. */
    public static final int MAX_BODY = 100_000;

    /** Most questions after one section. */
    public static final int MAX_QUESTIONS = 12;

    /** Most pools after one section. */
    public static final int MAX_POOLS = 4;

    /** Ids a section may not have: they are the results, submit and worksheet pages of the module's routes. */
    public static final Set<String> RESERVED_IDS = Set.of("results", "submit", "worksheet");

    /** Normalises missing lists to empty ones. */
    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
        pools = pools == null ? List.of() : List.copyOf(pools);
    }

    /** A section without pools. */
    public Section(String id, String title, String body, List<Question> questions) {
        this(id, title, body, questions, List.of());
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
