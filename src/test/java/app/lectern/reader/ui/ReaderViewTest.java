package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.Option;
import app.lectern.question.OptionOrder;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/** The reader against the shipped seed module, the real services and an H2 database in a temporary folder. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class ReaderViewTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String SECTION = "kyiv-accuses";
    private static final String QUESTION = "who-says-150";
    private static final String ORDER_QUESTION = "events-order";

    @Autowired
    ContentCatalog catalog;

    private LearningModule module;
    private SingleQuestion question;

    @Autowired
    StudyService study;

    private UUID learnerId;

    @BeforeEach
    void learner() {
        learnerId = UiTestSupport.signInAnonymousLearner();
        module = catalog.module(MODULE).orElseThrow();
        question = (SingleQuestion) module.question(QUESTION).orElseThrow();
    }

    @Test
    void aDeepLinkOpensThatSectionAndMarksItCurrent() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);

        String title = module.section(SECTION).orElseThrow().title();
        assertThat($(H2.class).id("section-title").getText()).isEqualTo(title);
        String nav =
                $(Nav.class).withClassName("section-nav").single().getElement().getProperty("innerHTML");
        assertThat(nav)
                .contains("<a href=\"modules/" + MODULE + "/" + SECTION
                        + "\" router-link lang=\"en\" aria-current=\"page\" class=\"current\">"
                        + HtmlUtils.htmlEscape(title)
                        + "</a>");
        assertThat(nav.split("aria-current")).as("one current section").hasSize(2);
        assertThat($(QuestionCard.class).id("q-" + QUESTION)).isNotNull();
    }

    @Test
    void theModuleAddressReopensTheLastVisitedSection() {
        navigate("modules/" + MODULE + "/the-fighters", ReaderView.class);
        navigate("modules/" + MODULE, ReaderView.class);

        assertThat($(H2.class).id("section-title").getText())
                .isEqualTo(module.section("the-fighters").orElseThrow().title());
    }

    @Test
    void anUnknownModuleOrSectionSaysNotFoundWithALinkBack() {
        navigate("modules/" + MODULE + "/no-such-section", NotFoundView.class);
        assertThat($(NotFoundView.class).single().getElement().getTextRecursively())
                .contains("no section called “no-such-section”")
                .contains("Back to the library");

        navigate("modules/no-such-module", NotFoundView.class);
        assertThat($(NotFoundView.class).single().getElement().getTextRecursively())
                .contains("no module called “no-such-module”");
    }

    @Test
    void resultsIsTheSummaryNotASection() {
        navigate("modules/" + MODULE + "/results", SummaryView.class);

        assertThat($(SummaryView.class).single().getElement().getTextRecursively())
                .contains("Your results")
                .contains("By skill");
    }

    @Test
    void anOrderQuestionShowsTheSameOrderOnEveryRender() {
        List<List<String>> renders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            renders.add(shownOrder());
        }

        assertThat(renders).as("a reload draws nothing new").containsOnly(renders.getFirst());
    }

    @Test
    void theShownOrderIsTheOneTheServerFixesForTheLearner() {
        OrderQuestion order = (OrderQuestion) module.question(ORDER_QUESTION).orElseThrow();
        long seed = study.displayOrder(learnerId).seed(ORDER_QUESTION);

        assertThat(shownOrder())
                .isEqualTo(OptionOrder.shuffle(order.items(), seed).stream()
                        .map(item -> Markdown.plainText(item.text()))
                        .toList());
    }

    private List<String> shownOrder() {
        navigate("modules/" + MODULE + "/without-limits", ReaderView.class);
        QuestionCard card = $(QuestionCard.class).id("q-" + ORDER_QUESTION);
        return $(Span.class, card).withClassName("lectern-order-text").all().stream()
                .map(Span::getText)
                .toList();
    }

    @Test
    void beforeSubmissionNothingOfTheKeyIsInThePage() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);

        List<String> secrets = Stream.concat(
                        Stream.of(question.base().explanation()),
                        question.options().stream().map(Option::feedback))
                .filter(s -> s != null && !s.isBlank())
                .toList();
        assertThat(secrets).hasSizeGreaterThan(1);
        Div article = $(Div.class).id(ModuleReader.ARTICLE_BODY_ID);
        // the evidence quote is article text, so only the article itself may carry it
        List<String> page = UiTestSupport.everythingSentToTheBrowser(article.getElement());
        for (String secret : secrets) {
            assertThat(page).noneMatch(s -> s.contains(secret));
        }
        assertThat(page).noneMatch(s -> s.contains(question.base().evidence().quote()));
        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);
        assertThat($(Button.class, card).withText("Show in the article").exists())
                .isFalse();
        assertThat($(Div.class, card)
                        .id("q-" + QUESTION + "-feedback")
                        .getElement()
                        .getChildCount())
                .isZero();
    }

    @Test
    void checkingAnAnswerShowsFeedbackAndTheEvidenceButton() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);

        choose(card, "a");
        test($(Button.class, card).withText("Check").single()).click();

        Div feedback = $(Div.class, card).id("q-" + QUESTION + "-feedback");
        assertThat(feedback.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(feedback.getElement().getAttribute("aria-live")).isEqualTo("polite");
        String text = UiTestSupport.textOf(feedback);
        assertThat(text)
                .contains("Not quite")
                .contains(question.options().getFirst().feedback());
        assertThat($(Button.class, card).withText("Show in the article").exists())
                .as("while tries are left the evidence would point at the key")
                .isFalse();
        assertThat($(Button.class, card).withText("Try again").exists()).isTrue();

        test($(Button.class, card).withText("Try again").single()).click();
        choose(card, "c");
        test($(Button.class, card).withText("Check").single()).click();

        text = UiTestSupport.textOf($(Div.class, card).id("q-" + QUESTION + "-feedback"));
        assertThat(text).contains("Right!").contains(question.base().explanation());
        assertThat(text)
                .as("why points were taken")
                .contains("Right on the second try: 0.75 of 1 points. Each retry costs a quarter of the points.");
        assertThat($(Button.class, card).withText("Show in the article").exists())
                .isTrue();
        assertThat($(Button.class, card).withText("Try again").exists()).isFalse();
    }

    @Test
    void theTimelineStaysClosedWhileItWouldAnswerAnOrderingQuestion() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);

        com.vaadin.flow.component.html.NativeDetails details = $(com.vaadin.flow.component.html.NativeDetails.class)
                .withClassName("timeline")
                .single();
        details.setOpen(true);
        String timeline = UiTestSupport.textOf(details);

        assertThat(timeline)
                .contains("Locked event")
                .contains("Answer question")
                .doesNotContain("2022")
                .doesNotContain("invasion");
    }

    @Test
    void aReloadRestoresTheAnswerAndItsFeedback() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);
        choose(card, "c");
        test($(Button.class, card).withText("Check").single()).click();

        navigate("modules/" + MODULE + "/the-fighters", ReaderView.class);
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);

        QuestionCard again = $(QuestionCard.class).id("q-" + QUESTION);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> group = $(RadioButtonGroup.class, again).single();
        assertThat(group.getValue().id()).isEqualTo("c");
        assertThat(group.isReadOnly()).isTrue();
        assertThat($(Div.class, again)
                        .id("q-" + QUESTION + "-feedback")
                        .getElement()
                        .getTextRecursively())
                .contains("Right!");
    }

    @Test
    void answeringTheLastQuestionOfASectionMarksItDoneAsAReloadWould() {
        study.submit(learnerId, MODULE, "captured-count", new NumericAnswer(2.0));
        study.submit(learnerId, MODULE, "mercenaries-count", new NumericAnswer(150.0));
        study.submit(learnerId, MODULE, "baseless-phrase", new ShortAnswer("completely baseless"));
        study.submit(learnerId, MODULE, "foreign-fighters-new", new TrueFalseAnswer(true));
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        assertThat(navHtml()).doesNotContain("class=\"done\"");

        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);
        choose(card, "c");
        test($(Button.class, card).withText("Check").single()).click();

        String afterCheck = navHtml();
        String progressAfterCheck = progressText();
        assertThat(afterCheck).as("the section is done without reloading").contains("class=\"done\"");
        assertThat(progressAfterCheck).contains("5 of");
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        assertThat(navHtml()).as("what the stored answers give").isEqualTo(afterCheck);
        assertThat(progressText()).isEqualTo(progressAfterCheck);
    }

    private String navHtml() {
        return $(Nav.class).withClassName("section-nav").single().getElement().getProperty("innerHTML");
    }

    private String progressText() {
        return UiTestSupport.textOf(
                $(Paragraph.class).withClassName("progress-text").single());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDoubleClickOnCheckSpendsOneTry() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);
        Button check = $(Button.class, card).withText("Check").single();
        assertThat(check.isDisableOnClick())
                .as("the browser disables Check at the first click")
                .isTrue();

        choose(card, "a");
        // both clicks of a double click in one request, the second after the first hid the button
        ComponentUtil.fireEvent(check, new ClickEvent<>(check));
        ComponentUtil.fireEvent(check, new ClickEvent<>(check));

        assertThat(study.progress(learnerId, MODULE).feedback().get(QUESTION).attemptsUsed())
                .as("one try spent")
                .isEqualTo(1);
    }

    private void choose(QuestionCard card, String optionId) {
        RadioButtonGroup<Option> group = $(RadioButtonGroup.class, card).single();
        group.setValue(question.options().stream()
                .filter(o -> o.id().equals(optionId))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void theClaimLedgerIsBuiltWhenFirstOpened() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        com.vaadin.flow.component.html.NativeDetails claims = $(com.vaadin.flow.component.html.NativeDetails.class)
                .withClassName("claims")
                .single();
        assertThat(claims.getContent()).isNull();

        claims.setOpen(true);

        assertThat(UiTestSupport.textOf(claims)).contains("Who says this?");
        // the author's "no evidence" claim would answer evidence-beijing: locked, saying which question opens it
        String locked = UiTestSupport.textOf($(ListItem.class).id("claim-no-evidence-beijing"));
        assertThat(locked).contains("Locked claim").contains("Answer question").doesNotContain("no evidence");

        study.submit(learnerId, MODULE, "evidence-beijing", new app.lectern.question.single.SingleAnswer("c"));
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        $(com.vaadin.flow.component.html.NativeDetails.class)
                .withClassName("claims")
                .single()
                .setOpen(true);

        assertThat(UiTestSupport.textOf($(ListItem.class).id("claim-no-evidence-beijing")))
                .contains("No evidence ties the Chinese fighters")
                .contains("Katherine Spencer");
    }

    @Test
    void aClaimsEvidenceOpensItsSection() {
        study.submit(learnerId, MODULE, "evidence-beijing", new app.lectern.question.single.SingleAnswer("c"));
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        $(com.vaadin.flow.component.html.NativeDetails.class)
                .withClassName("claims")
                .single()
                .setOpen(true);

        Button evidence = $(Button.class).withAttribute("aria-label").withClassName("evidence-button").all().stream()
                .filter(b -> b.getParent()
                        .map(p -> "claim-no-evidence-beijing".equals(p.getId().orElse(null)))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        test(evidence).click();

        assertThat($(H2.class).id("section-title").getText())
                .isEqualTo(module.section("the-fighters").orElseThrow().title());
    }

    @Test
    void aMissWithATryLeftKeepsItsSectionOpen() {
        study.submit(learnerId, MODULE, "captured-count", new NumericAnswer(2.0));
        study.submit(learnerId, MODULE, "mercenaries-count", new NumericAnswer(150.0));
        study.submit(learnerId, MODULE, "baseless-phrase", new ShortAnswer("completely baseless"));
        study.submit(learnerId, MODULE, "foreign-fighters-new", new TrueFalseAnswer(true));
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);

        choose(card, "a");
        test($(Button.class, card).withText("Check").single()).click();

        assertThat(navHtml()).as("a miss that may be tried again").doesNotContain("class=\"done\"");
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        assertThat(navHtml()).as("after a reload too").doesNotContain("class=\"done\"");

        for (int i = 1; i < StudyService.POLICY.forQuestion(question).attemptsPerQuestion(); i++) {
            study.submit(learnerId, MODULE, QUESTION, new app.lectern.question.single.SingleAnswer("a"));
        }
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        assertThat(navHtml()).as("the miss is settled: no try left").contains("class=\"done\"");
    }

    @Test
    void openingTheModuleResumesAtTheFirstUnansweredQuestionFocused() {
        study.submit(learnerId, MODULE, "captured-count", new NumericAnswer(2.0));
        navigate("modules/" + MODULE + "/the-fighters", ReaderView.class);

        navigate("modules/" + MODULE, ReaderView.class);

        assertThat($(H2.class).id("section-title").getText())
                .isEqualTo(module.section(SECTION).orElseThrow().title());
        assertThat($(QuestionCard.class).id("q-mercenaries-count").getElement().getAttribute("tabindex"))
                .as("the card focused")
                .isEqualTo("-1");
    }

    @Test
    void showInTheArticleOffersBackToTheQuestion() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        QuestionCard card = $(QuestionCard.class).id("q-" + QUESTION);
        choose(card, "c");
        test($(Button.class, card).withText("Check").single()).click();
        int number = module.questions().toList().indexOf(question) + 1;
        assertThat($(Button.class).withText("Back to question " + number).exists())
                .isFalse();

        test($(Button.class, card).withText("Show in the article").single()).click();
        Button back = $(Button.class).withText("Back to question " + number).single();
        assertThat(back.getParent().orElseThrow().isVisible()).isTrue();

        test(back).click();
        assertThat(back.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(card.getElement().getAttribute("tabindex"))
                .as("the card focused")
                .isEqualTo("-1");
    }

    @Test
    void theTimelineOpensWithItsOwnOrderingQuestionWhileAnotherIsStillOpen() {
        OrderQuestion order = (OrderQuestion) module.question(ORDER_QUESTION).orElseThrow();
        study.submit(
                learnerId,
                MODULE,
                ORDER_QUESTION,
                new app.lectern.question.order.OrderAnswer(order.items().stream()
                        .map(app.lectern.question.order.OrderItem::id)
                        .toList()));
        assertThat(module.questions()
                        .filter(q -> q instanceof OrderQuestion && !q.id().equals(ORDER_QUESTION))
                        .count())
                .as("another ordering question is still open")
                .isPositive();
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);

        com.vaadin.flow.component.html.NativeDetails timeline = $(com.vaadin.flow.component.html.NativeDetails.class)
                .withClassName("timeline")
                .single();
        timeline.setOpen(true);

        assertThat(UiTestSupport.textOf(timeline)).doesNotContain("opens once").contains("2022");
    }

    @Test
    void theClaimLedgerExplainsItsLabelsAndShowsOnlyThisSectionsClaimsOnRequest() {
        navigate("modules/" + MODULE + "/" + SECTION, ReaderView.class);
        com.vaadin.flow.component.html.NativeDetails claims = $(com.vaadin.flow.component.html.NativeDetails.class)
                .withClassName("claims")
                .single();
        claims.setOpen(true);
        assertThat(UiTestSupport.textOf(claims))
                .contains("What the labels mean")
                .contains("Alleged");

        com.vaadin.flow.component.checkbox.Checkbox onlyHere = $(com.vaadin.flow.component.checkbox.Checkbox.class)
                .withClassName("claim-filter")
                .single();
        onlyHere.setValue(true);

        assertThat($(ListItem.class).withId("claim-no-evidence-beijing").exists())
                .as("its evidence is in another section")
                .isFalse();
        assertThat($(ListItem.class).id("claim-chinese-mercenaries").isVisible())
                .isTrue();
        onlyHere.setValue(false);
        assertThat($(ListItem.class).id("claim-no-evidence-beijing").isVisible())
                .isTrue();
    }
}
