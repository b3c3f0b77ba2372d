package app.lectern.question;

import app.lectern.content.Question;
import app.lectern.question.categorize.CategorizeGrading;
import app.lectern.question.cloze.ClozeGrading;
import app.lectern.question.highlight.HighlightGrading;
import app.lectern.question.match.MatchGrading;
import app.lectern.question.multiple.MultipleGrading;
import app.lectern.question.numeric.NumericGrading;
import app.lectern.question.open.OpenGrading;
import app.lectern.question.order.OrderGrading;
import app.lectern.question.shortanswer.ShortGrading;
import app.lectern.question.single.SingleGrading;
import app.lectern.question.truefalse.TrueFalseGrading;
import java.util.List;
import java.util.Optional;

/**
 * The registry of question types: registering a type is one line in {@link #ALL}, naming the {@code TYPE} its
 * {@code *Grading} class declares (records, grading, key text and option feedback).
 */
public final class QuestionTypes {

    /** Every type, in the order the content format lists them. */
    public static final List<QuestionType<?, ?>> ALL = List.of(
            SingleGrading.TYPE,
            MultipleGrading.TYPE,
            TrueFalseGrading.TYPE,
            ShortGrading.TYPE,
            NumericGrading.TYPE,
            OrderGrading.TYPE,
            MatchGrading.TYPE,
            CategorizeGrading.TYPE,
            ClozeGrading.TYPE,
            HighlightGrading.TYPE,
            OpenGrading.TYPE);

    private QuestionTypes() {}

    /** The type with this content-file name. */
    public static Optional<QuestionType<?, ?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The type of a question record. */
    public static QuestionType<?, ?> of(Question question) {
        return ALL.stream()
                .filter(t -> t.questionClass().isInstance(question))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unregistered question type: " + question.getClass()));
    }

    /** The comma-separated type names, for error messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(QuestionType::name).toList());
    }
}
