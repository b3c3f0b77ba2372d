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
import com.vaadin.flow.component.html.H2;
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
}
