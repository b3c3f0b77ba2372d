package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.Question;
import app.lectern.question.single.SingleAnswer;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results page against the seed module and the real services. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class SummaryViewTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String QUESTION = "who-says-150";

    @Autowired
    StudyService study;

    @Autowired
    ContentCatalog catalog;

    private UUID learner;

    @BeforeEach
    void learner() {
        learner = UiTestSupport.signInAnonymousLearner();
    }

    @Test
    void showsTheScoreAndEverySkill() {
        study.submit(learner, MODULE, QUESTION, new SingleAnswer("c"));

        navigate("modules/" + MODULE + "/results", SummaryView.class);

        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("You scored 1 of ").containsPattern("\\(\\d+%\\)");
        String table = $(NativeTable.class).single().getElement().getTextRecursively();
        assertThat(table)
                .contains("Recall")
                .contains("Vocabulary")
                .contains("Chronology")
                .contains("Main idea")
                .contains("Inference")
                .contains("Sourcing");
    }

    @Test
    void aMissedQuestionIsReviewedAndCanBeRetriedInItsSection() {
        Question question =
                catalog.module(MODULE).orElseThrow().question(QUESTION).orElseThrow();
        for (int i = 0; i < StudyService.POLICY.attemptsPerQuestion(); i++) {
            study.submit(learner, MODULE, QUESTION, new SingleAnswer("a"));
        }

        navigate("modules/" + MODULE + "/results", SummaryView.class);

        String text = UiTestSupport.textOf((com.vaadin.flow.component.Component) getCurrentView());
        assertThat(text)
                .contains("Review what you missed")
                .contains(question.base().explanation());
        Button retry = $(Button.class).withText("Retry what I missed").single();
        assertThat(retry.isEnabled()).isTrue();

        test(retry).click();

        assertThat(getCurrentView()).isInstanceOf(ReaderView.class);
        assertThat($(H2.class).id("section-title").getText()).isEqualTo("Kyiv points at Beijing");
        assertThat($(Button.class, $(QuestionCard.class).id("q-" + QUESTION))
                        .withText("Check")
                        .single()
                        .isVisible())
                .isTrue();
    }

    @Test
    void retryOpensTheFirstMissedQuestionFocusedAndLeadsToTheNext() {
        Question question =
                catalog.module(MODULE).orElseThrow().question(QUESTION).orElseThrow();
        for (int i = 0; i < StudyService.POLICY.forQuestion(question).attemptsPerQuestion(); i++) {
            study.submit(learner, MODULE, QUESTION, new SingleAnswer("a"));
        }
        navigate("modules/" + MODULE + "/results", SummaryView.class);

        test($(Button.class).withText("Retry what I missed").single()).click();

        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);
        assertThat(card.getElement().getAttribute("tabindex")).as("focused").isEqualTo("-1");
        Div bar = $(Div.class).id("retry-bar");
        long total = catalog.module(MODULE).orElseThrow().questions().count();
        assertThat(UiTestSupport.textOf(bar)).contains(total + " questions are still open");
        assertThat($(QuestionCard.class).id("q-baseless-phrase").getElement().getAttribute("tabindex"))
                .isNull();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<app.lectern.question.Option> group = $(
                        com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, card)
                .single();
        group.setValue(group.getListDataView()
                .getItems()
                .filter(o -> o.id().equals("c"))
                .findFirst()
                .orElseThrow());
        test($(Button.class, card).withText("Check").single()).click();
        assertThat(UiTestSupport.textOf(bar)).contains((total - 1) + " questions are still open");

        test($(Button.class, card).withText("Next missed question").single()).click();
        assertThat($(QuestionCard.class).id("q-baseless-phrase").getElement().getAttribute("tabindex"))
                .as("the next open question after it")
                .isEqualTo("-1");
    }

    @Test
    void resultsKeepNotAnsweredApartFromNotMasteredAndExplainTheTotal() {
        Question question =
                catalog.module(MODULE).orElseThrow().question(QUESTION).orElseThrow();
        for (int i = 0; i < StudyService.POLICY.forQuestion(question).attemptsPerQuestion(); i++) {
            study.submit(learner, MODULE, QUESTION, new SingleAnswer("a"));
        }

        navigate("modules/" + MODULE + "/results", SummaryView.class);

        String text = UiTestSupport.textOf((com.vaadin.flow.component.Component) getCurrentView());
        long total = catalog.module(MODULE).orElseThrow().questions().count();
        assertThat(text)
                .contains("You answered 1 of " + total + " questions: one not mastered yet, " + (total - 1)
                        + " not answered yet.")
                .contains("Not mastered yet")
                .contains("Not answered yet")
                .contains("self-study results")
                .contains("An assignment from your teacher is scored on its own");
        assertThat($(H3.class).id("not-mastered").getText()).isEqualTo("Not mastered yet");
        assertThat($(H3.class).id("not-answered").getText()).isEqualTo("Not answered yet");
    }
}
