package app.lectern.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.catalog.ContentCatalog;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.ReaderView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
    void anAdaptedModuleSaysWhatItIsAdaptedFromAndAnOriginalOneWhoWroteItUnderWhichLicence() {
        navigate(LibraryView.class);

        assertThat(attributionOf("module-china-russia-ukraine"))
                .startsWith("Adapted from an article by Katherine Spencer")
                .doesNotContain("Licence");
        assertThat(attributionOf("module-reading-war-claims"))
                .isEqualTo("Written by Lectern contributors, Lectern project, 2026 · Licence: CC BY-SA 4.0");
    }

    private String attributionOf(String cardId) {
        return $(Paragraph.class, $(Article.class).id(cardId))
                .withClassName("attribution")
                .single()
                .getText();
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

        var modules = $(com.vaadin.flow.component.html.Section.class)
                .withClassName("lint-module")
                .all();
        assertThat(modules).hasSize(catalog.modules().size());
        var seed = modules.stream()
                .filter(m -> m.getElement().getTextRecursively().startsWith("Module china-russia-ukraine: "))
                .findFirst()
                .orElseThrow();
        // the shipped modules are lint-clean (ShippedContentLintTest); the page says so, and shows the notes
        assertThat(seed.getElement().getTextRecursively())
                .contains("Module china-russia-ukraine: no warnings")
                .contains("No warnings.")
                .contains("questions per skill: ")
                .contains("reading level of section ");
    }

    @Autowired
    ContentCatalog catalog;

    /** Opens the library with this query, as a reload of a shared address would. */
    private void open(Map<String, List<String>> query) {
        navigate(LibraryView.class);
        UI.getCurrent().navigate("", new QueryParameters(query));
    }

    /** Whether the seed module's card is shown ($ finds only visible components, so the grid is searched). */
    private boolean seedShown() {
        return $(UnorderedList.class)
                .withClassName("library-grid")
                .single()
                .getChildren()
                .filter(item -> item.getChildren()
                        .anyMatch(card -> card.getId().equals(Optional.of("module-china-russia-ukraine"))))
                .findFirst()
                .orElseThrow()
                .isVisible();
    }

    private boolean emptyStateShown() {
        return $(Div.class).withClassName("library-none-match").exists();
    }

    private String count() {
        return $(Paragraph.class).id("library-count").getText();
    }

    @Test
    void aSearchFromTheAddressHidesWhatDoesNotMatchSaysSoAndClearsWithOneClick() {
        int all = catalog.modules().size();
        open(Map.of("q", List.of("no-module-is-about-submarines")));

        assertThat(seedShown()).isFalse();
        assertThat($(TextField.class).id("library-search").getValue()).isEqualTo("no-module-is-about-submarines");
        assertThat(count()).isEqualTo("None of " + all + (all == 1 ? " module" : " modules") + " shown");
        assertThat(emptyStateShown()).isTrue();
        assertThat($(Paragraph.class).id("library-count").getElement().getAttribute("aria-live"))
                .isEqualTo("polite");

        test($(Button.class).id("library-clear-empty")).click();

        assertThat(seedShown()).isTrue();
        assertThat($(TextField.class).id("library-search").getValue()).isEmpty();
        assertThat(count()).isEqualTo(all == 1 ? "1 module" : all + " modules");
        assertThat(emptyStateShown()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchAndFiltersCombineIgnoringCaseAndAccents() {
        navigate(LibraryView.class);

        test($(TextField.class).id("library-search")).setValue("CHÍNA");
        assertThat(seedShown()).as("accents and case ignored").isTrue();
        Select<app.lectern.reader.LibraryFilter.ReadingTime> time =
                $(Select.class).id("library-time");
        time.setValue(app.lectern.reader.LibraryFilter.ReadingTime.LONG);
        assertThat(seedShown()).as("12 minutes is not over 20").isFalse();
        time.setValue(app.lectern.reader.LibraryFilter.ReadingTime.MEDIUM);
        Select<String> topic = $(Select.class).id("library-topic");
        topic.setValue("media literacy");
        assertThat(seedShown()).isTrue();
        assertThat(count()).contains("of " + catalog.modules().size()).endsWith("shown");
    }

    @Test
    void aHostileAddressIsCleanedOrIgnoredAndTheLibraryStillOpens() {
        String junk = "\u0000\u202e \t" + " ".repeat(5000);
        open(Map.of(
                "q",
                List.of(junk, "second"),
                "topic",
                List.of("<script>alert(1)</script>"),
                "level",
                List.of("x".repeat(3000)),
                "time",
                List.of("forever", "long"),
                "x".repeat(500),
                List.of("")));

        assertThat(getCurrentView()).isInstanceOf(LibraryView.class);
        assertThat($(TextField.class).id("library-search").getValue())
                .as("nothing left to search")
                .isEmpty();
        assertThat(seedShown()).as("unknown topic, level and time ignored").isTrue();
        assertThat($(ListItem.class).all().stream().filter(ListItem::isVisible).count())
                .isPositive();
    }
}
