package app.lectern.question.ui;

import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.content.Source;
import app.lectern.question.Option;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.single.SingleQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A route that exists only in tests: question editors on a small module, for browserless tests and screenshots. By
 * default a single, a cloze and a highlight question; with {@code ?all} one blank editor of every type. For teachers
 * only, so that it is not one more anonymous route.
 */
@Route("editor-test/questions")
@PageTitle("Question editors (test)")
@RolesAllowed("TEACHER")
public class EditorFixtureView extends Main implements BeforeEnterObserver {

    static final String BODY = """
            Officials in Kyiv say that **Chinese citizens** were captured while fighting for Russia. Beijing calls \
            the reports "completely baseless".

            The author notes that no evidence links the fighters to the government in Beijing. Talks went on \
            through the spring.
            """;

    static final SingleQuestion SINGLE = new SingleQuestion(
            base(
                    "who-says",
                    "single",
                    "Who says Chinese citizens were captured?",
                    new Evidence(null, "Officials in Kyiv say")),
            List.of(
                    new Option("kyiv", "Officials in Kyiv", "Right: they report the captures."),
                    new Option("beijing", "The government in Beijing", "Beijing denies the reports."),
                    new Option("author", "The author", null)),
            "kyiv");

    static final ClozeQuestion CLOZE = new ClozeQuestion(
            base("baseless", "cloze", "Fill in the gaps.", null),
            "Beijing calls the reports completely [[baseless|unfounded]]; no [[evidence]] links the fighters to it.",
            true,
            List.of("proof", "doubt"));

    static final HighlightQuestion HIGHLIGHT = new HighlightQuestion(
            base("careful-author", "highlight", "Which sentence shows the author is careful?", null),
            null,
            List.of("no evidence links the fighters"),
            null);

    static final LearningModule MODULE = new LearningModule(
            "editor-fixture",
            1,
            "Editors",
            "A module for tests.",
            "en",
            "Grades 9–12",
            10,
            List.of(),
            new Source(null, "A. Author", null, "Publisher", "2025", null),
            List.of("Test editors."),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Section("captured", "Captured fighters", BODY, List.of(SINGLE, CLOZE, HIGHLIGHT))),
            List.of());

    private static QuestionBase base(String id, String type, String prompt, Evidence evidence) {
        return new QuestionBase(
                id, type, prompt, 1.0, Skill.SOURCING, "Because the text says so.", evidence, null, null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        addClassName("lectern-editor-fixture");
        Section section = MODULE.sections().getFirst();
        add(new H1("Question editors"));
        boolean all = event.getLocation().getQueryParameters().getParameters().containsKey("all");
        List<Question> questions = all
                ? QuestionTypes.ALL.stream()
                        .map(QuestionType::name)
                        .map(name -> QuestionEditors.blank(name, "new-" + name))
                        .toList()
                : section.questions();
        List<QuestionEditor<?>> editors = new java.util.ArrayList<>();
        for (Question q : questions) {
            add(new H2(QuestionTypes.of(q).name()));
            QuestionEditor<?> editor = QuestionEditors.edit(q, EditorContext.of(MODULE, section, q));
            editor.setId("editor-" + q.id());
            editors.add(editor);
            add(editor);
        }
        // what the draft page does with the loader's problems, for screenshots of problems at their fields
        Button problems = new Button(
                "Show sample problems",
                e -> editors.getFirst()
                        .showProblems(List.of(
                                new FieldProblem("options[1].text", "must not be blank"),
                                new FieldProblem("answer", "'zz' is not an option id: a, b, c"),
                                new FieldProblem(
                                        "explanation", "required: every auto-scored question explains its answer"),
                                new FieldProblem("lint-ignore[0]", "no such rule"))));
        problems.setId("show-problems");
        addComponentAtIndex(1, problems);
    }
}
