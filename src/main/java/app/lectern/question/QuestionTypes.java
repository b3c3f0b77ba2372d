package app.lectern.question;

import app.lectern.content.Question;
import app.lectern.question.categorize.CategorizeType;
import app.lectern.question.cloze.ClozeType;
import app.lectern.question.highlight.HighlightType;
import app.lectern.question.match.MatchType;
import app.lectern.question.multiple.MultipleType;
import app.lectern.question.numeric.NumericType;
import app.lectern.question.open.OpenType;
import app.lectern.question.order.OrderType;
import app.lectern.question.shortanswer.ShortType;
import app.lectern.question.single.SingleType;
import app.lectern.question.truefalse.TrueFalseType;
import java.util.List;
import java.util.Optional;

/**
 * The registry of question types: registering a type is one line in {@link #ALL}, naming the {@code TYPE} its
 * {@code *Type} class declares (see {@link QuestionTypeDefinition} for what a type provides), plus its input
 * component in {@code question.ui.QuestionInputs}.
 */
public final class QuestionTypes {

    /** Every type, in the order the content format lists them. */
    public static final List<QuestionType<?, ?>> ALL = List.of(
            SingleType.TYPE,
            MultipleType.TYPE,
            TrueFalseType.TYPE,
            ShortType.TYPE,
            NumericType.TYPE,
            OrderType.TYPE,
            MatchType.TYPE,
            CategorizeType.TYPE,
            ClozeType.TYPE,
            HighlightType.TYPE,
            OpenType.TYPE);

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
