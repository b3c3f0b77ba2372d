package app.lectern.question.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.QuestionTypes;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.ui.CategorizeInput;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ui.ClozeInput;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.highlight.ui.HighlightInput;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.match.ui.MatchInput;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.multiple.ui.MultipleInput;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.numeric.ui.NumericInput;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.ui.OpenInput;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.order.ui.OrderInput;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.shortanswer.ui.ShortInput;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.single.ui.SingleInput;
import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.question.truefalse.ui.TrueFalseInput;
import java.util.Map;
import java.util.Set;

/** The registry of input components: registering a type's input is one line in {@link #FACTORIES}. */
public final class QuestionInputs {

    /** Creates a type's input from its question record and display seed. */
    @FunctionalInterface
    private interface Factory<Q extends Question> {
        QuestionInput<? extends Answer> create(Q question, LearningModule module, String promptId, long seed);
    }

    /** Creates the input of a type that shows nothing shuffled. */
    @FunctionalInterface
    private interface Unshuffled<Q extends Question> {
        QuestionInput<? extends Answer> create(Q question, LearningModule module, String promptId);
    }

    private record Registration<Q extends Question>(Class<Q> questionClass, Factory<Q> factory) {
        QuestionInput<? extends Answer> create(Question question, LearningModule module, String promptId, long seed) {
            return factory.create(questionClass.cast(question), module, promptId, seed);
        }
    }

    /** By {@code QuestionType.name()}. */
    private static final Map<String, Registration<?>> FACTORIES = Map.ofEntries(
            type("single", SingleQuestion.class, unshuffled(SingleInput::new)),
            type("multiple", MultipleQuestion.class, unshuffled(MultipleInput::new)),
            type("true-false", TrueFalseQuestion.class, unshuffled(TrueFalseInput::new)),
            type("short", ShortQuestion.class, unshuffled(ShortInput::new)),
            type("numeric", NumericQuestion.class, unshuffled(NumericInput::new)),
            type("order", OrderQuestion.class, OrderInput::new),
            type("match", MatchQuestion.class, MatchInput::new),
            type("categorize", CategorizeQuestion.class, unshuffled(CategorizeInput::new)),
            type("cloze", ClozeQuestion.class, ClozeInput::new),
            type("highlight", HighlightQuestion.class, unshuffled(HighlightInput::new)),
            type("open", OpenQuestion.class, unshuffled(OpenInput::new)));

    private QuestionInputs() {}

    private static <Q extends Question> Map.Entry<String, Registration<?>> type(
            String name, Class<Q> questionClass, Factory<Q> factory) {
        return Map.entry(name, new Registration<>(questionClass, factory));
    }

    private static <Q extends Question> Factory<Q> unshuffled(Unshuffled<Q> factory) {
        return (question, module, promptId, seed) -> factory.create(question, module, promptId);
    }

    /**
     * Creates the input for any registered question type.
     *
     * @param module the module the question belongs to (a {@code highlight} question offers its section's
     *     sentences)
     * @param promptId the DOM id of the element holding the prompt; the input's group is labelled by it
     * @param seed the question's display seed from the server's display orders ({@code answering.DisplayOrder}):
     *     what the input shows shuffled (order items, match choices, a word bank) is in the order it fixes
     * @throws IllegalArgumentException when the question's type has no input
     */
    public static QuestionInput<? extends Answer> create(
            Question question, LearningModule module, String promptId, long seed) {
        String name = QuestionTypes.of(question).name();
        Registration<?> registration = FACTORIES.get(name);
        if (registration == null) {
            throw new IllegalArgumentException("no input component for question type " + name);
        }
        return registration.create(question, module, promptId, seed);
    }

    /** Whether the type with this content-file name has an input. */
    public static boolean supports(String typeName) {
        return FACTORIES.containsKey(typeName);
    }

    /** The content-file names of the types that have an input. */
    public static Set<String> typeNames() {
        return FACTORIES.keySet();
    }

    /**
     * Shows a stored answer in an input whose answer type is not known statically.
     *
     * @throws IllegalArgumentException when the answer belongs to another question type
     */
    @SuppressWarnings("unchecked")
    public static void restore(QuestionInput<?> input, Answer answer) {
        try {
            ((QuestionInput<Answer>) input).restore(answer);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    "answer " + answer.getClass().getSimpleName() + " does not fit this input", e);
        }
    }
}
