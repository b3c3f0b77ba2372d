package app.lectern.question;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.multiple.MultipleAnswer;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How answers are checked before grading and kept in the database (as JSON), the same for self-study and for
 * assignments.
 */
public final class StoredAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredAnswers() {}

    /**
     * Refuses what the learner could not have picked: a forged highlight pick, and an empty pick of a multiple-choice
     * or highlight question, are refused, not graded.
     *
     * @throws InvalidAnswerException naming the pick
     */
    public static void requireOffered(LearningModule module, Question question, Answer answer) {
        // The graders score an empty pick as 0 points; through the services it would spend a try on nothing (a
        // forged request, or a browser that dropped keys the server never sent). The inputs never send it.
        if (answer instanceof MultipleAnswer m
                && m.optionIds() != null
                && m.optionIds().isEmpty()) {
            throw new InvalidAnswerException("no option picked: pick at least one option");
        }
        if (answer instanceof HighlightAnswer h
                && h.sentences() != null
                && h.sentences().isEmpty()) {
            throw new InvalidAnswerException("no sentence picked: pick at least one sentence");
        }
        if (question instanceof HighlightQuestion h && answer instanceof HighlightAnswer a && a.sentences() != null) {
            String sectionId = h.section() != null
                    ? h.section()
                    : module.sectionOf(h.id()).map(Section::id).orElse(null);
            List<String> offered = module.section(sectionId)
                    .map(sec -> Markdown.sentences(sec.body()))
                    .orElse(List.of());
            for (String pick : a.sentences()) {
                if (!offered.contains(pick)) {
                    throw new InvalidAnswerException("'" + abbreviate(pick) + "' is not a sentence of the section");
                }
            }
        }
    }

    /** The answer as stored. */
    public static String write(Answer answer) {
        if (answer == null) {
            throw new InvalidAnswerException("no answer given");
        }
        try {
            return JSON.writeValueAsString(answer);
        } catch (JacksonException e) {
            throw new InvalidAnswerException("the answer cannot be stored: " + e.getOriginalMessage());
        }
    }

    /** A stored answer, or empty when it no longer fits the question (the module or answer record changed). */
    public static Optional<Answer> read(Question question, String stored) {
        try {
            return Optional.of(JSON.readValue(stored, QuestionTypes.of(question).answerClass()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 60 ? String.valueOf(text) : text.substring(0, 57) + "...";
    }
}
