package app.lectern.question.multiple;

import app.lectern.content.Markdown;
import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.Option;
import app.lectern.question.PartVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grades {@link MultipleQuestion} responses: {@code max(0, (right picks − wrong picks) / right options)}, so picking
 * every option earns nothing unless every option is right.
 */
public final class MultipleGrading {

    private MultipleGrading() {}

    /**
     * Grades a response. Picking no option is a valid answer that scores 0; a {@code null} set, a {@code null} pick
     * or an id that is not an option is an {@link InvalidAnswerException}.
     */
    public static Grade grade(MultipleQuestion question, MultipleAnswer answer) {
        if (answer.optionIds() == null) {
            throw new InvalidAnswerException("no option set given");
        }
        Set<String> ids = question.options().stream().map(Option::id).collect(Collectors.toSet());
        int right = 0;
        int wrong = 0;
        for (String picked : answer.optionIds()) {
            if (picked == null || !ids.contains(picked)) {
                throw new InvalidAnswerException("'" + picked + "' is not an option id ("
                        + String.join(
                                ", ",
                                question.options().stream().map(Option::id).toList()) + ")");
            }
            if (question.answers().contains(picked)) {
                right++;
            } else {
                wrong++;
            }
        }
        return Grade.of(
                Math.max(0.0, (double) (right - wrong) / question.answers().size()));
    }

    /** The right options with their labels, e.g. {@code "a) …; c) …"}. */
    public static String keyText(MultipleQuestion question) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            Option o = question.options().get(i);
            if (question.answers().contains(o.id())) {
                parts.add(Option.label(i) + " " + Markdown.plainText(o.text()));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Each option by its id, in the file's order: a tick on a right option and no tick on a wrong one are right, a
     * tick on a wrong option is wrong, a right option left unticked is missed.
     */
    public static List<PartVerdict> parts(MultipleQuestion question, MultipleAnswer answer) {
        List<PartVerdict> parts = new ArrayList<>();
        for (Option o : question.options()) {
            boolean picked = contains(answer.optionIds(), o.id());
            boolean key = question.answers().contains(o.id());
            PartVerdict.Mark mark =
                    picked == key ? PartVerdict.Mark.RIGHT : picked ? PartVerdict.Mark.WRONG : PartVerdict.Mark.MISSED;
            parts.add(new PartVerdict(o.id(), mark));
        }
        return parts;
    }

    /**
     * The feedback of every picked option that has some, one line each, labelled when more than one option has
     * feedback to show ({@code "b) …"}); {@code null} when none has.
     */
    public static String optionFeedback(MultipleQuestion question, MultipleAnswer answer) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            Option o = question.options().get(i);
            if (o.feedback() != null && !o.feedback().isBlank() && contains(answer.optionIds(), o.id())) {
                lines.add(Option.label(i) + " " + o.feedback());
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        return lines.size() == 1 ? lines.getFirst().substring(3) : String.join("\n", lines);
    }

    private static boolean contains(Set<String> picks, String id) {
        // Set.of(...) throws on contains(null), so the lookup only ever asks for a real id.
        return picks != null && picks.contains(id);
    }
}
