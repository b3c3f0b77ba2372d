package app.lectern.question.ui;

import app.lectern.content.Question;
import app.lectern.question.QuestionTypes;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.ui.CategorizeEditor;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ui.ClozeEditor;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.highlight.ui.HighlightEditor;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.match.ui.MatchEditor;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.multiple.ui.MultipleEditor;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.numeric.ui.NumericEditor;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.ui.OpenEditor;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.order.ui.OrderEditor;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.shortanswer.ui.ShortEditor;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.single.ui.SingleEditor;
import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.question.truefalse.ui.TrueFalseEditor;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The registry of question editors: registering a type's editor is one line in {@link #EDITORS}, naming the
 * editor's constructor and its empty record.
 */
public final class QuestionEditors {

    private record Registration<Q extends Question>(
            Class<Q> questionClass, Function<EditorContext, QuestionEditor<Q>> factory, Function<String, Q> blank) {

        QuestionEditor<Q> edit(Question question, EditorContext context) {
            QuestionEditor<Q> editor = factory.apply(context);
            editor.setValue(questionClass.cast(question));
            return editor;
        }
    }

    /** By {@code QuestionType.name()}. */
    private static final Map<String, Registration<?>> EDITORS = Map.ofEntries(
            type("single", SingleQuestion.class, SingleEditor::new, SingleEditor::blank),
            type("multiple", MultipleQuestion.class, MultipleEditor::new, MultipleEditor::blank),
            type("true-false", TrueFalseQuestion.class, TrueFalseEditor::new, TrueFalseEditor::blank),
            type("short", ShortQuestion.class, ShortEditor::new, ShortEditor::blank),
            type("numeric", NumericQuestion.class, NumericEditor::new, NumericEditor::blank),
            type("order", OrderQuestion.class, OrderEditor::new, OrderEditor::blank),
            type("match", MatchQuestion.class, MatchEditor::new, MatchEditor::blank),
            type("categorize", CategorizeQuestion.class, CategorizeEditor::new, CategorizeEditor::blank),
            type("cloze", ClozeQuestion.class, ClozeEditor::new, ClozeEditor::blank),
            type("highlight", HighlightQuestion.class, HighlightEditor::new, HighlightEditor::blank),
            type("open", OpenQuestion.class, OpenEditor::new, OpenEditor::blank));

    private QuestionEditors() {}

    private static <Q extends Question> Map.Entry<String, Registration<?>> type(
            String name,
            Class<Q> questionClass,
            Function<EditorContext, QuestionEditor<Q>> factory,
            Function<String, Q> blank) {
        return Map.entry(name, new Registration<>(questionClass, factory, blank));
    }

    private static Registration<?> registration(String typeName) {
        Registration<?> registration = EDITORS.get(typeName);
        if (registration == null) {
            throw new IllegalArgumentException(
                    "no editor for question type '" + typeName + "'; the types are " + QuestionTypes.names());
        }
        return registration;
    }

    /**
     * An empty editor for a type (show a question with {@link QuestionEditor#setValue}, or use {@link #edit}).
     *
     * @param typeName the type's content-file name, e.g. {@code single}
     * @throws IllegalArgumentException when the type has no editor
     */
    public static QuestionEditor<? extends Question> editorFor(String typeName, EditorContext context) {
        return registration(typeName).factory().apply(context);
    }

    /**
     * An editor of the question's type showing the question.
     *
     * @throws IllegalArgumentException when the question's type has no editor
     */
    public static QuestionEditor<? extends Question> edit(Question question, EditorContext context) {
        return registration(QuestionTypes.of(question).name()).edit(question, context);
    }

    /**
     * A new, empty question of a type for "Add question": only its id, type and the default points are set (and the
     * empty rows its editor starts with, such as two options); the validator lists what is missing.
     *
     * @throws IllegalArgumentException when the type has no editor
     */
    public static Question blank(String typeName, String id) {
        return registration(typeName).blank().apply(id);
    }

    /** Whether the type with this content-file name has an editor. */
    public static boolean supports(String typeName) {
        return EDITORS.containsKey(typeName);
    }

    /** The content-file names of the types that have an editor. */
    public static Set<String> typeNames() {
        return EDITORS.keySet();
    }
}
