package app.lectern.question.single;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import java.util.List;

/** Grades {@link SingleQuestion} responses: all the points for the right option, none otherwise. */
public final class SingleGrading {

    private SingleGrading() {}

    /**
     * Grades a response. A single-choice answer must name one option: there is no empty answer, so a missing pick
     * ({@code null}) or an id that is not an option is an {@link InvalidAnswerException}.
     */
    public static Grade grade(SingleQuestion question, SingleAnswer answer) {
        if (answer.optionId() == null) {
            throw new InvalidAnswerException("no option picked");
        }
        if (Option.indexOf(question.options(), answer.optionId()) < 0) {
            throw new InvalidAnswerException(
                    "'" + answer.optionId() + "' is not an option id (" + ids(question.options()) + ")");
        }
        return Grade.of(answer.optionId().equals(question.answer()) ? 1 : 0);
    }

    /** The right option with its label, e.g. {@code "c) Officials in Kyiv"}. */
    public static String keyText(SingleQuestion question) {
        int i = Option.indexOf(question.options(), question.answer());
        return i < 0 ? question.answer() : Option.labelled(question.options(), i);
    }

    /** The feedback of the picked option, or {@code null} when it has none. */
    public static String optionFeedback(SingleQuestion question, SingleAnswer answer) {
        int i = Option.indexOf(question.options(), answer.optionId());
        return i < 0 ? null : question.options().get(i).feedback();
    }

    static String ids(List<Option> options) {
        return String.join(", ", options.stream().map(Option::id).toList());
    }
}
