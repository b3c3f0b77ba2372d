package app.lectern.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.ReaderView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library against the shipped content. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class LibraryViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void learner() {
        UiTestSupport.signInAnonymousLearner();
    }

    @Test
    void listsTheModuleWithAttributionAndProgressAndLinksToIt() {
        navigate(LibraryView.class);

        Article card = $(Article.class).id("module-china-russia-ukraine");
        String text = card.getElement().getTextRecursively();
        assertThat($(H2.class, card).single().getElement().getTextRecursively())
                .isEqualTo("China's role in Russia's war on Ukraine");
        assertThat(text)
                .contains("Katherine Spencer")
                .contains("Atlantic Council")
                .contains("2025")
                .contains("Grades 9–12")
                .contains("15 min read")
                .contains("media literacy")
                .contains("0 of ");
        RouterLink link = $(RouterLink.class, card).single();
        assertThat(link.getHref()).isEqualTo("modules/china-russia-ukraine");

        test(link).click();
        assertThat(getCurrentView()).isInstanceOf(ReaderView.class);
    }

    @Test
    void withCleanContentThereIsNoProblemNotice() {
        navigate(LibraryView.class);

        assertThat($(RouterLink.class).withText("See the content problems").exists())
                .isFalse();
    }

    @Test
    void contentProblemsAreForTeachersNotForAnonymousLearners() {
        navigate("content-problems", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ContentProblemsView.class);
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "TEACHER")
    void aTeacherSeesThatTheContentIsClean() {
        navigate(ContentProblemsView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("without problems");
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "TEACHER")
    void aTeacherSeesTheLintWarningsAndNotesOfEachModule() {
        navigate(ContentProblemsView.class);

        var module = $(com.vaadin.flow.component.html.Section.class)
                .withClassName("lint-module")
                .single();
        String text = module.getElement().getTextRecursively();
        assertThat(text)
                .startsWith("Module china-russia-ukraine: ")
                .contains("questions per skill: ")
                .contains("reading level of section ");
        var lines = $(com.vaadin.flow.component.html.ListItem.class, module).all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .filter(t -> t.contains(": warning: "))
                .toList();
        assertThat(lines)
                .isNotEmpty()
                .allMatch(t -> t.contains("content/china-russia-ukraine/module.yaml:") && t.endsWith("]"));
    }
}
