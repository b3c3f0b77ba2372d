package app.lectern.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One dated event of the module's timeline.
 *
 * @param answers the ids of the questions listing this event would answer, besides those the reader finds itself
 *     (ordering questions that name it): it stays locked until each is settled
 */
public record TimelineEvent(
        @NotNull @Pattern(regexp = Slugs.PARTIAL_DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String date,

        @NotBlank @Size(max = 500) String event,

        @Size(max = 50)
        List<@NotNull @Pattern(regexp = Slugs.SLUG, message = "must be a question id") String> answers) {

    /** Normalises a missing list to an empty one. */
    public TimelineEvent {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** An event that answers no question by declaration. */
    public TimelineEvent(String date, String event) {
        this(date, event, List.of());
    }
}
