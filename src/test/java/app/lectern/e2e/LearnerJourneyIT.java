package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A learner in real Chromium against the packaged jar: answer, feedback, evidence, reload, restart, audits. Runs
 * on the default H2 file database; {@link LearnerJourneyPostgresIT} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerJourneyIT {

    private static final String MODULE = "/modules/china-russia-ukraine";

    private Path data;

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;

    /** The app as this class runs it; subclasses choose another database. */
    LecternProcess newProcess(Path dataDir) throws Exception {
        return new LecternProcess(dataDir);
    }

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory(Path.of("target"), "e2e-data-");
        app = newProcess(data).start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aLearnerAnswersSeesFeedbackAndEvidenceAndKeepsProgressAcrossReloadAndRestart() throws Exception {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(app.url("/"));
        page.getByText("China's role in Russia's war on Ukraine").first().click();
        page.waitForURL("**" + MODULE + "**");

        page.navigate(app.url(MODULE + "/kyiv-accuses"));
        Locator right = page.locator("#q-who-says-150");
        right.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Officials in Kyiv"))
                .click();
        right.locator("#q-who-says-150-check").click();
        Locator rightFeedback = right.locator("#q-who-says-150-feedback");
        assertThat(rightFeedback).containsText("Right!");
        assertThat(rightFeedback).containsText("officials in Kyiv");

        Locator wrong = page.locator("#q-captured-count");
        wrong.locator("input").fill("5");
        wrong.locator("#q-captured-count-check").click();
        Locator wrongFeedback = wrong.locator("#q-captured-count-feedback");
        assertThat(wrongFeedback).containsText("Not quite.");
        assertThat(wrongFeedback).containsText("more tries");

        assertThat(wrong.getByText("Show in the article")).hasCount(0);

        right.getByText("Show in the article").click();
        Locator marks = page.locator("mark.lectern-evidence");
        assertThat(marks.first()).isVisible();
        assertThat(marks.first()).isInViewport();
        assertThat(String.join("", marks.allTextContents()))
                .contains("Russia has recruited more than 150 Chinese mercenaries");

        page.reload();
        assertThat(page.locator("#q-who-says-150-feedback")).containsText("Right!");
        assertThat(page.locator("#q-captured-count-feedback")).containsText("Not quite.");

        app.stop();
        app = newProcess(data).start();
        page.navigate(app.url(MODULE));
        // the first page of a freshly started server renders cold; a clean-clone run on a loaded machine took > 5 s
        assertThat(page.locator("#q-who-says-150-feedback"))
                .containsText("Right!", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        context.close();
    }

    @Test
    void anOrderQuestionCanBeSolvedWithTheKeyboardAlone() {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(app.url(MODULE + "/without-limits"));
        Locator card = page.locator("#q-events-order");
        card.locator("li").first().waitFor();
        List<String> key = List.of(
                "China and Russia declare a partnership",
                "Russia launches its full-scale invasion",
                "Chinese nationals were taken prisoner",
                "weapons and gunpowder");
        for (int target = 0; target < key.size(); target++) {
            String item = key.get(target);
            int position;
            while ((position = positionOf(card, item)) > target) {
                card.locator("vaadin-button[aria-label*=\"" + item + "\"][aria-label$=\"' up\"]")
                        .focus();
                page.keyboard().press("Enter");
                int before = position;
                page.waitForCondition(() -> positionOf(card, item) < before);
            }
        }
        card.locator("#q-events-order-check").focus();
        page.keyboard().press("Enter");
        assertThat(card.locator("#q-events-order-feedback")).containsText("Right!");
        context.close();
    }

    private static int positionOf(Locator card, String itemText) {
        List<String> rows = card.locator("li").allTextContents();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(itemText)) {
                return i;
            }
        }
        throw new AssertionError("no row shows '" + itemText + "' in " + rows);
    }

    @Test
    void libraryReaderAndSummaryHaveNoAccessibilityViolations() {
        noAccessibilityViolations(browser.newContext());
    }

    @Test
    void inDarkModeTooTheyHaveNoAccessibilityViolations() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        Page page = context.newPage();
        page.navigate(app.url(MODULE + "/kyiv-accuses"));
        page.locator("main").first().waitFor();
        assertThat(page.evaluate(
                        "getComputedStyle(document.documentElement).getPropertyValue('--lectern-page').trim()"))
                .as("our dark colours apply")
                .isEqualTo("#121416");
        page.close();
        noAccessibilityViolations(context);
    }

    /** The library, a section, the results, and a section with feedback shown, checked by axe (contrast too). */
    private void noAccessibilityViolations(BrowserContext context) {
        Page page = context.newPage();
        for (String path : List.of("/", MODULE + "/kyiv-accuses", MODULE + "/results", "/nope")) {
            page.navigate(app.url(path));
            page.locator("main, [role=main], vaadin-app-layout").first().waitFor();
            page.waitForLoadState();
            assertThat(Browsers.axeViolations(page))
                    .as("axe violations on " + path)
                    .isEmpty();
        }
        page.navigate(app.url(MODULE + "/kyiv-accuses"));
        page.locator("#q-foreign-fighters-new vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("True"))
                .click();
        page.locator("#q-foreign-fighters-new-check").click();
        assertThat(page.locator("#q-foreign-fighters-new-feedback")).containsText("Not quite.");
        assertThat(Browsers.axeViolations(page))
                .as("axe violations on the reader with feedback shown")
                .isEmpty();
        context.close();
    }

    @Test
    void aPhoneSizedScreenShowsTheReaderWithoutHorizontalScrolling() throws Exception {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(320, 640));
        Page page = context.newPage();
        page.navigate(app.url(MODULE + "/kyiv-accuses"));
        assertThat(page.locator("#q-who-says-150")).isVisible();
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("reader-320.png")));
        context.close();
    }
}
