package app.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged app runs under its Content-Security-Policy without a single violation (#11 finding 17): the policy
 * allows what Vaadin needs and the reader still works; a stricter one would show up here as violations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyIT {

    private LecternProcess app;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-csp-")).start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void stop() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theLibraryTheReaderAndTheLoginRunWithoutAViolation() {
        Page page = browser.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        page.onPageError(e -> violations.add("page error: " + e));

        page.navigate(app.url("/"));
        // the title is set by the view once Vaadin's client engine (which needs 'unsafe-eval') has rendered it
        page.waitForFunction("() => document.title.length > 0");
        page.navigate(app.url("/modules/china-russia-ukraine"));
        Locator buttons = page.locator("vaadin-button");
        buttons.first().waitFor();
        buttons.first().click();
        page.navigate(app.url("/login"));
        page.locator("input[name=username]").waitFor();

        assertThat(violations).isEmpty();
    }

    @Test
    void theReaderPageCarriesTheSectionTextUntilTheViewReplacesIt() {
        try (BrowserContext context = browser.newContext()) {
            // the page's HTML as the server sends it, before any script runs
            String html = context.request()
                    .get(app.url("/modules/china-russia-ukraine/kyiv-accuses"))
                    .text();
            assertThat(html)
                    .contains("id=\"lectern-prerender\"", "Kyiv points at Beijing", "Kyiv has recently accused");

            Page page = context.newPage();
            page.navigate(app.url("/modules/china-russia-ukraine/kyiv-accuses"));
            page.locator("#section-title").waitFor();
            assertThat(page.locator("#lectern-prerender").isVisible()).isFalse();
            assertThat(page.locator("h2:visible", new Page.LocatorOptions().setHasText("Kyiv points at Beijing"))
                            .count())
                    .isEqualTo(1);
        }
    }
}
