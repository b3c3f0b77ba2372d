package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.Role;
import app.lectern.question.Option;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every kind of reading aid shows nothing of an entry that would answer an open question, only what opens it ("Answer
 * question 1 first"), until that question is settled; then it shows the entry without reloading the page. Against a
 * test module ({@link AidFixtureView}) whose questions 1–3 each unlock one aid.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class AidLockViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void freshWork() {
        AidFixtureView.FEEDBACK.clear();
        // a signed-in learner, set right before the navigation that checks the role (a class-level @WithMockUser
        // was not in place in time in a full test run)
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "aid-learner", null, AuthorityUtils.createAuthorityList(Role.LEARNER.authority())));
        UiTestSupport.signInAnonymousLearner();
        navigate(AidFixtureView.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String keyTerms() {
        return $(Section.class).withClassName("key-terms").single().getElement().getProperty("innerHTML");
    }

    private String articleHtml() {
        return $(Div.class).id(ModuleReader.ARTICLE_BODY_ID).getElement().getProperty("innerHTML");
    }

    private NativeDetails details(String className) {
        NativeDetails details = $(NativeDetails.class).withClassName(className).single();
        details.setOpen(true);
        return details;
    }

    @SuppressWarnings("unchecked")
    private void answer(String questionId) {
        QuestionCard card = $(QuestionCard.class).id("q-" + questionId);
        RadioButtonGroup<Option> group = $(RadioButtonGroup.class, card).single();
        group.setValue(group.getListDataView().getItems().findFirst().orElseThrow());
        test($(Button.class, card).withText("Check").single()).click();
    }

    @Test
    void aGlossaryEntryIsLockedInTheKeyTermsAndInTheTextUntilItsQuestionIsAnswered() {
        assertThat(keyTerms())
                .contains("Locked term")
                .contains("Answer question 1 first")
                .doesNotContain(AidFixtureView.DEFINITION)
                .doesNotContain("tacit approval");
        assertThat(articleHtml())
                .as("the term explained in place says what opens it, not what it means")
                .contains("data-definition=\"Locked term. Answer question 1 first\"")
                .doesNotContain(AidFixtureView.DEFINITION);

        answer("meaning-q");

        assertThat(keyTerms()).contains("tacit approval").contains(AidFixtureView.DEFINITION);
        assertThat(articleHtml()).contains("data-definition=\"" + AidFixtureView.DEFINITION + "\"");
    }

    @Test
    void anEntryAnsweringAnAssessmentItemStaysLockedInSelfStudyAndSaysWhy() {
        answer("meaning-q");
        answer("who-q");
        answer("when-q");

        assertThat(keyTerms())
                .contains("Opens when you do this module as an assignment")
                .doesNotContain(AidFixtureView.HELD_BACK_DEFINITION);
        assertThat(articleHtml()).doesNotContain(AidFixtureView.HELD_BACK_DEFINITION);
    }

    @Test
    void aClaimOfTheLedgerIsLockedUntilEveryQuestionItWouldAnswerIsSettled() {
        NativeDetails ledger = details("claims");
        ListItem claim = $(ListItem.class).id("claim-quiet-approval");
        assertThat(UiTestSupport.textOf(claim))
                .contains("Locked claim")
                .contains("Answer questions 1 and 2 first")
                .doesNotContain(AidFixtureView.CLAIM_BY)
                .doesNotContain(AidFixtureView.CLAIM_TEXT);
        assertThat(lockedBoxHolds("claim-quiet-approval"))
                .as("locked claims gather below the open ones")
                .isTrue();

        answer("meaning-q");
        assertThat(UiTestSupport.textOf($(ListItem.class).id("claim-quiet-approval")))
                .contains("Answer question 2 first")
                .doesNotContain(AidFixtureView.CLAIM_TEXT);

        answer("who-q");
        NativeDetails rebuilt = $(NativeDetails.class).withClassName("claims").single();
        assertThat(rebuilt.isOpen()).as("the ledger stays open").isTrue();
        assertThat(rebuilt).isNotSameAs(ledger);
        assertThat(UiTestSupport.textOf($(ListItem.class).id("claim-quiet-approval")))
                .contains(AidFixtureView.CLAIM_BY)
                .contains(AidFixtureView.CLAIM_TEXT)
                .contains("Common view")
                .doesNotContain("Locked");
        assertThat(lockedBoxHolds("claim-quiet-approval")).isFalse();
    }

    /** Whether the claim is listed in the ledger's "Locked for now (N)" box. */
    private boolean lockedBoxHolds(String claimId) {
        return $(NativeDetails.class).withClassName("claims-locked").all().stream()
                .anyMatch(box -> box.getSummaryText().startsWith("Locked for now (")
                        && $(ListItem.class, box).all().stream()
                                .anyMatch(item -> item.getId().orElse("").equals(claimId)));
    }

    @Test
    void aTimelineEventIsLockedInItsPlaceUntilItsQuestionIsAnswered() {
        String before = UiTestSupport.textOf(details("timeline"));
        assertThat(before)
                .contains("Sanctions follow")
                .contains("Locked event")
                .contains("Answer question 3 first")
                .doesNotContain(AidFixtureView.LOCKED_EVENT)
                .doesNotContain("March 2022");

        answer("when-q");

        String after = UiTestSupport.textOf(
                $(NativeDetails.class).withClassName("timeline").single());
        assertThat(after).contains(AidFixtureView.LOCKED_EVENT).doesNotContain("Locked");
    }
}
