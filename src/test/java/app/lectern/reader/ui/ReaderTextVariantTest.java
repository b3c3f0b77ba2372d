package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's text switch on the shipped module with levels and a translation. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class ReaderTextVariantTest extends SpringBrowserlessTest {

    private static final String MODULE = "modules/reading-war-claims/";
    private static final String EASIER_ONLY = "Then the news outlet itself says that the statement is a fact.";
    private static final String ORIGINAL_ONLY = "There, the news outlet itself stands behind the statement as fact.";

    @BeforeEach
    void learner() {
        UiTestSupport.signInAnonymousLearner();
    }

    private String body() {
        return $(Div.class).id(ModuleReader.ARTICLE_BODY_ID).getElement().getProperty("innerHTML");
    }

    private void open(String section, String text) {
        UI.getCurrent().navigate(MODULE + section, QueryParameters.of(SectionText.PARAM, text));
    }

    private ModuleReader reader() {
        return $(ModuleReader.class).single();
    }

    @Test
    void theOriginalIsShownFirstWithASwitchNamingEveryText() {
        navigate(MODULE + "who-says-so", ReaderView.class);

        RadioButtonGroup<?> group =
                $(RadioButtonGroup.class).withClassName("text-variant").single();
        assertThat(group.getLabel()).isEqualTo("Text");
        assertThat(group.getListDataView().getItems().map(v -> ((TextVariant) v).key()))
                .containsExactly("original", "level:easier", "lang:uk");
        assertThat(body()).contains(ORIGINAL_ONLY).doesNotContain(EASIER_ONLY);
        assertThat(reader().textVariant()).isEqualTo("original");
    }

    @Test
    void aLevelChosenByAddressStaysWhileMovingThroughTheModule() {
        open("who-says-so", "level:easier");

        assertThat(body()).contains(EASIER_ONLY).doesNotContain(ORIGINAL_ONLY);
        assertThat(reader().textVariant()).isEqualTo("level:easier");

        navigate(MODULE + "verbs", ReaderView.class);
        assertThat(reader().textVariant()).isEqualTo("level:easier");
        assertThat(body()).contains("Some verbs are neutral: they take no side.");
    }

    @Test
    void switchingRedrawsTheTextAndKeepsTheQuestions() {
        navigate(MODULE + "who-says-so", ReaderView.class);
        int cards = $(QuestionCard.class).all().size();

        test($(RadioButtonGroup.class).withClassName("text-variant").single()).selectItem("Grades 6–8");

        assertThat(body()).contains(EASIER_ONLY);
        assertThat(reader().textVariant()).isEqualTo("level:easier");
        assertThat($(QuestionCard.class).all()).hasSize(cards);
    }

    @Test
    void aTranslationStandsBesideTheOriginalInItsLanguageWithTranslatedPrompts() {
        open("who-says-so", "lang:uk");

        assertThat(reader().textVariant()).isEqualTo("lang:uk");
        assertThat(body()).contains(ORIGINAL_ONLY);
        H3 title = $(H3.class).id("translation-title");
        assertThat(title.getText()).isEqualTo("Хто це каже?");
        assertThat(title.getParent().orElseThrow().getElement().getAttribute("lang"))
                .isEqualTo("uk");
        assertThat($(Div.class).withClassName("text-pair").all()).hasSize(1);
        assertThat($(Paragraph.class).withClassName("prompt-translation").all().stream()
                        .filter(p -> p.isVisible())
                        .map(p -> UiTestSupport.textOf(p)))
                .hasSize(2)
                .allSatisfy(t -> assertThat(t).startsWith("Ukrainian:"));

        // the next section has no Ukrainian text: it shows the original, and the choice is kept for later sections
        navigate(MODULE + "verbs", ReaderView.class);
        assertThat(reader().textVariant()).isEqualTo("original");
        assertThat($(Div.class).withClassName("text-pair").all()).isEmpty();
    }

    @Test
    void anUnknownOrHostileChoiceShowsTheOriginal() {
        open("who-says-so", "level:" + "x".repeat(5000));
        assertThat(reader().textVariant()).isEqualTo("original");

        open("who-says-so", "lang:de");
        assertThat(reader().textVariant()).isEqualTo("original");
    }
}
