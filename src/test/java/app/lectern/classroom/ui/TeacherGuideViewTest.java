package app.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.ui.LoginView;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.TeacherGuide;
import app.lectern.classroom.TeacherGuideService;
import app.lectern.content.Markdown;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.reader.ui.WorksheetView;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.HtmlUtils;

/**
 * The teacher guide shows every question with its key, assessment items and pool variants included, to teachers
 * only; the worksheet prints the practice questions of the self-study form without any key.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class TeacherGuideViewTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String GUIDE = "teach/modules/" + MODULE + "/guide";
    /** Part of the explanation of a variant of an assessment-only pool. */
    private static final String POOL_EXPLANATION = "It reports the accusation; it does not confirm it.";

    private static final String ASSESSMENT_PROMPT = "Whose view is that?";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TeacherGuideService guides;

    ClassroomTestUsers users;

    @BeforeEach
    void learner() {
        users = new ClassroomTestUsers(accounts, userDetails);
        UiTestSupport.signInAnonymousLearner();
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    /** Everything the page shows as text, what is set as HTML (prompts, explanations, section text) included. */
    private String page() {
        return text(getCurrentView().getElement());
    }

    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        collect(element, text);
        return plain(text.toString());
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(' ')
                    .append(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")))
                    .append(' ');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aTeacherReadsEveryQuestionWithItsKeyAssessmentItemsAndPoolVariantsIncluded() {
        users.signIn(users.teacher("Ms Rivera"));
        navigate(GUIDE, TeacherGuideView.class);

        TeacherGuide guide = guides.guide(MODULE);
        assertThat(guide.questionCount())
                .as("every variant of every pool counted")
                .isGreaterThan(guide.module().questionsPerLearner());
        String text = page();
        assertThat(text)
                .contains(ASSESSMENT_PROMPT, "Assignments only", POOL_EXPLANATION)
                .contains("each student gets 1 of these")
                .contains("Key", "Explanation", "Skill", "Evidence");
        // every question is listed, every variant of every pool included
        guide.module()
                .questions()
                .forEach(q -> assertThat($(Div.class).id("paper-" + q.id())).isNotNull());
        String key =
                text($(DescriptionList.class).id("key-drone-factory-accusation").getElement());
        assertThat(key).contains("Key", "True", POOL_EXPLANATION, "Sourcing");
        String open =
                $(DescriptionList.class).id("key-peacemaker-essay").getElement().getTextRecursively();
        assertThat(open).contains("Model answer", "Rubric");
    }

    @Test
    void aStudentAndAnAnonymousVisitorCannotReachTheKeys() {
        users.signIn(users.student("Maria Lopez"));
        UI.getCurrent().navigate(GUIDE);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(page()).doesNotContain(POOL_EXPLANATION).doesNotContain(ASSESSMENT_PROMPT);
        assertThatThrownBy(() -> guides.guide(MODULE)).isInstanceOf(AccessDeniedException.class);

        ClassroomTestUsers.signOut();
        UI.getCurrent().navigate(GUIDE);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(page()).doesNotContain(POOL_EXPLANATION);
        assertThatThrownBy(() -> guides.guide(MODULE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWorksheetPrintsThePracticeQuestionsWithoutKeysOrAssessmentItems() {
        navigate("modules/" + MODULE + "/worksheet", WorksheetView.class);
        String text = page();
        users.signIn(users.teacher("Mr Okafor"));
        TeacherGuide guide = guides.guide(MODULE);

        assertThat(text).contains("Question 1", "Tick one answer.", "Name:");
        assertThat(text)
                .doesNotContain(ASSESSMENT_PROMPT)
                .doesNotContain("Assignments only")
                .doesNotContain("Model answer")
                .doesNotContain(POOL_EXPLANATION);
        guide.module().questions().forEach(q -> {
            // an explanation that quotes the article is in the printed section text, rightly
            boolean quoted = guide.module().sections().stream()
                    .anyMatch(sec -> plain(sec.plainText())
                            .contains(plain(
                                    Markdown.plainText(String.valueOf(q.base().explanation())))));
            if (q.base().explanation() != null && !q.base().explanation().isBlank() && !quoted) {
                assertThat(text)
                        .as("explanation of " + q.id())
                        .doesNotContain(q.base().explanation());
            }
            if (q.base().hint() != null) {
                assertThat(text).as("hint of " + q.id()).doesNotContain(q.base().hint());
            }
        });
        guide.module()
                .pools()
                .filter(p -> p.assessmentOnly())
                .forEach(p -> p.questions()
                        .forEach(q -> assertThat(text)
                                .as(q.id())
                                .doesNotContain(q.base().prompt())));
    }
}
