package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The YAML code editor (CodeMirror in the browser, {@code CodeEditor} on the server) on its check page: what is
 * typed reaches the server, the server's problems are marked at their line and listed as buttons, Tab leaves the
 * editor, a text over the limit gets a message, the page does not scroll sideways on a 320 px phone, and axe finds
 * nothing in light or dark.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeEditorIT {

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private BrowserContext context;

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(
                        Files.createTempDirectory(Path.of("target"), "e2e-code-"),
                        List.of("--lectern.ui-checks=true"),
                        Map.of())
                .start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
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

    private Page open(int width, ColorScheme scheme) {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 800).setColorScheme(scheme));
        Page page = context.newPage();
        page.navigate(app.url("/ui-check/code-editor"));
        assertThat(page.locator("#code-check-editor .cm-content")).isVisible();
        return page;
    }

    private static Locator line(Page page, int number) {
        return page.locator("#code-check-editor .cm-line").nth(number - 1);
    }

    @Test
    void typedYamlReachesTheServerAndItsProblemsAreMarkedAtTheirLine() {
        Page page = open(1280, ColorScheme.LIGHT);
        Locator content = page.locator("#code-check-editor .cm-content");
        assertThat(content).hasAttribute("aria-label", "module.yaml");
        assertThat(content).hasAttribute("role", "textbox");
        assertThat(page.locator("#code-check-lines")).hasText("Lines on the server: 10");
        // the sample's TODO on line 4, underlined in the text, marked in the gutter and listed
        assertThat(line(page, 4).locator(".cm-lintRange-warning")).hasText("TODO");
        assertThat(page.locator("#code-check-editor .cm-lint-marker-warning")).hasCount(1);
        assertThat(page.locator(".lectern-code-problem"))
                .hasText(new String[] {"Warning, line 4, column 10: Something is still to do here"});

        content.click();
        page.keyboard().press("Control+End");
        page.keyboard().type("notes: a TODO\nlevel: 3\n");

        // after the pause in typing, the server has the text and sends its problems back
        assertThat(page.locator("#code-check-lines")).hasText("Lines on the server: 12");
        assertThat(line(page, 11).locator(".cm-lintRange-warning")).hasText("TODO");
        assertThat(page.locator(".lectern-code-problem")).hasCount(2);
        assertThat(page.locator(".lectern-code-problem").nth(1))
                .hasText("Warning, line 11, column 10: Something is still to do here");

        // a problem's button puts the cursor on its line, in the editor
        page.locator(".lectern-code-problem").first().click();
        assertThat(content).isFocused();
        assertThat(page.locator("#code-check-editor .cm-activeLine")).hasText("summary: TODO write a summary");

        // Tab is not caught by the editor: it moves on, and indenting is Ctrl+]
        page.keyboard().press("Control+BracketRight");
        assertThat(line(page, 4)).hasText("  summary: TODO write a summary");
        page.keyboard().press("Tab");
        assertThat(content).not().isFocused();
        // leaving the editor sends the text at once
        assertThat(page.locator("#code-check-lines")).hasText("Lines on the server: 12");
        assertThat(page.locator(".lectern-code-problem").first())
                .hasText("Warning, line 4, column 12: Something is still to do here");

        assertThat(Browsers.axeViolations(page)).isEmpty();
    }

    @Test
    void aTextOverTheLimitIsKeptInTheEditorAndTheServerSaysWhy() {
        Page page = open(1280, ColorScheme.LIGHT);
        page.locator("#code-check-editor .cm-content").click();
        page.keyboard().press("Control+End");
        page.keyboard().insertText("notes: " + "x".repeat(270_000) + "\n");

        assertThat(page.locator(".lectern-code-message")).containsText("more than the 262,144 the editor takes");
        assertThat(page.locator("#code-check-lines")).hasText("Lines on the server: 10");

        page.keyboard().press("Control+z");
        assertThat(page.locator(".lectern-code-message")).isEmpty();
    }

    @Test
    void onA320PxPhoneInTheDarkThePageDoesNotScrollSidewaysAndPassesAxe() {
        Page page = open(320, ColorScheme.DARK);
        assertThat(line(page, 4).locator(".cm-lintRange-warning")).hasText("TODO");
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        // dark: the editor takes the page's dark surface
        Object background = page.evaluate(
                "getComputedStyle(document.querySelector('#code-check-editor .cm-editor')).backgroundColor");
        assertThat(background).isEqualTo("rgb(28, 33, 39)");
        assertThat(Browsers.axeViolations(page)).isEmpty();
    }
}
