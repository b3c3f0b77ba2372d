package app.lectern.classroom.ui;

import app.lectern.classroom.TeacherGuide;
import app.lectern.classroom.TeacherGuide.GuidePool;
import app.lectern.classroom.TeacherGuide.GuideQuestion;
import app.lectern.classroom.TeacherGuide.GuideSection;
import app.lectern.classroom.TeacherGuideService;
import app.lectern.content.Markdown;
import app.lectern.question.open.RubricLevel;
import app.lectern.reader.ui.PaperQuestions;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;

/**
 * {@code /teach/modules/<module-id>/guide}: the teacher guide of a module, to read (and print) before assigning it:
 * every section, every question as students see it, and below it the key, explanation, skill and evidence;
 * assessment items and every variant of every pool included. Teachers and administrators only.
 */
@Route(value = "teach/modules/:" + TeacherGuideView.MODULE_ID + "/guide", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "ADMIN"})
public class TeacherGuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter holding the module id. */
    static final String MODULE_ID = "moduleId";

    private final TeacherGuideService guides;
    private TeacherGuide guide;

    /** Creates the view; its content is built when the module is known. */
    public TeacherGuideView(TeacherGuideService guides) {
        this.guides = guides;
        addClassNames("lectern-page", "paper-page", "teacher-guide");
    }

    /** The address of a module's teacher guide. */
    static RouteParameters params(String moduleId) {
        return new RouteParameters(MODULE_ID, moduleId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get(MODULE_ID).orElse("");
        guide = NotFoundView.orNotFound(() -> guides.guide(moduleId), getTranslation("notfound.module", moduleId));
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("classroom.class.back"), TeachView.class);
        Button print = new Button(getTranslation("classroom.guide.print"));
        print.setId("print");
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        Div actions = new Div(back, print);
        actions.addClassNames("no-print", "paper-actions");
        add(actions);
        add(new H1(getTranslation("classroom.guide.heading", guide.module().title())));
        Paragraph keys = new Paragraph(getTranslation("classroom.guide.keys-note"));
        keys.addClassName("notice");
        keys.getElement().setAttribute("role", "note");
        add(keys);
        add(new Paragraph(guide.module().summary()));
        add(new Paragraph(getTranslation(
                "classroom.guide.counts",
                guide.module().sections().size(),
                guide.questionCount(),
                guide.module().readingMinutes())));
        UnorderedList objectives = new UnorderedList();
        guide.module().objectives().forEach(o -> objectives.add(new ListItem(o)));
        objectives.setId("guide-objectives");
        objectives.getElement().setAttribute("aria-label", getTranslation("classroom.guide.objectives"));
        add(objectives);
        for (GuideSection section : guide.sections()) {
            add(section(section));
        }
    }

    private Div section(GuideSection section) {
        Div part = new Div();
        part.addClassName("paper-section");
        part.setId("guide-" + section.id());
        part.add(new H2(section.title()));
        Div text = new Div();
        text.addClassName("paper-text");
        text.getElement().setProperty("innerHTML", Markdown.html(section.body()));
        part.add(text);
        for (GuideQuestion q : section.questions()) {
            part.add(question(q, q.assessmentOnly()));
        }
        for (GuidePool pool : section.pools()) {
            Div box = new Div();
            box.addClassName("guide-pool");
            box.setId("pool-" + pool.id());
            H3 heading = new H3(getTranslation(
                    "classroom.guide.pool",
                    pool.id(),
                    pool.draw(),
                    pool.variants().size()));
            box.add(heading);
            if (pool.assessmentOnly()) {
                box.add(badge(getTranslation("classroom.guide.assessment-only")));
            }
            // the pool says "assignments only" once for all its variants
            pool.variants().forEach(v -> box.add(question(v, false)));
            part.add(box);
        }
        return part;
    }

    private Div question(GuideQuestion q, boolean badge) {
        Div box = new Div();
        box.addClassName("guide-question");
        Div paper = PaperQuestions.of(this, q.number(), q.paper());
        if (badge) {
            paper.addComponentAtIndex(0, badge(getTranslation("classroom.guide.assessment-only")));
        }
        box.add(paper);
        DescriptionList key = new DescriptionList();
        key.addClassName("guide-key");
        key.setId("key-" + q.paper().question().id());
        if (q.key() != null) {
            term(key, "classroom.guide.key", q.key());
        }
        if (q.modelAnswer() != null) {
            term(key, "classroom.guide.model-answer", q.modelAnswer());
        }
        if (!q.rubric().isEmpty()) {
            UnorderedList rubric = new UnorderedList();
            for (RubricLevel level : q.rubric()) {
                rubric.add(new ListItem(
                        getTranslation("classroom.guide.rubric-level", number(level.points()), level.description())));
            }
            key.add(
                    new DescriptionList.Term(getTranslation("classroom.guide.rubric")),
                    new DescriptionList.Description(rubric));
        }
        if (q.explanation() != null && !q.explanation().isBlank()) {
            Div explanation = new Div();
            explanation.getElement().setProperty("innerHTML", Markdown.html(q.explanation()));
            key.add(
                    new DescriptionList.Term(getTranslation("classroom.guide.explanation")),
                    new DescriptionList.Description(explanation));
        }
        term(
                key,
                "classroom.guide.skill",
                getTranslation("skill." + q.paper().question().skill().key()));
        if (q.evidence() != null) {
            term(
                    key,
                    "classroom.guide.evidence",
                    getTranslation(
                            "classroom.guide.evidence-value",
                            Markdown.plainText(q.evidence().quote()),
                            q.evidenceSectionTitle() == null ? "" : q.evidenceSectionTitle()));
        }
        if (q.hint() != null && !q.hint().isBlank()) {
            term(key, "classroom.guide.hint", q.hint());
        }
        term(key, "classroom.guide.type", q.typeName());
        box.add(key);
        return box;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("guide-badge");
        return badge;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                guide == null
                        ? getTranslation("classroom.teach.title")
                        : getTranslation(
                                "classroom.guide.heading", guide.module().title()));
    }
}
