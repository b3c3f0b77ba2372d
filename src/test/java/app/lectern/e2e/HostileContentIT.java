package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged app started on the hostile corpus ({@code src/test/resources/hostile}): it serves the valid modules,
 * lists every broken one on the content-problems page, and a learner who opens every section of the module whose
 * texts carry script payloads (body, glossary, claims, prompts, options, hints, feedback, explanations) and answers
 * questions never runs any of them: no dialog opens, {@code window.__pwned} stays undefined, and the page holds no
 * script element, event-handler attribute or script address from the content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentIT {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Set<String> VALID = Set.of("xss-payloads", "bom-is-fine", "cr-lf-line-endings-are-fine");

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-hostile-");
        app = new LecternProcess(data, List.of("--lectern.content-dir=" + CORPUS.toAbsolutePath()), java.util.Map.of())
                .start();
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

    private Page page(BrowserContext context) {
        Page page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    @Test
    void noPayloadRunsWhileALearnerWorksThroughTheModule() {
        BrowserContext context = browser.newContext();
        Page page = page(context);

        page.navigate(app.url("/"));
        for (String id : VALID) {
            assertThat(page.locator("main a[href$='modules/" + id + "']")).hasCount(1);
        }
        assertThat(page.locator("main")).containsText("XSS payloads <img src=x onerror=");
        assertInert(page, "library");

        page.navigate(app.url("/modules/xss-payloads"));
        assertThat(page.locator("#section-title")).containsText("Payloads <img");
        assertThat(page.locator(".article-body")).containsText("<script>window.__pwned=1;alert(1)</script>");
        assertThat(page.locator(".key-terms")).containsText("<img src=x onerror=window.__pwned=1>");
        page.locator("dfn.lectern-term").first().focus();
        page.locator("details.claims summary").click();
        assertThat(page.locator(".claim-list")).containsText("Claim <script>");
        assertInert(page, "first section, claims open");

        Locator single = page.locator("#q-q-single");
        single.locator(".hint-area vaadin-button").click();
        assertThat(single.locator(".hint")).containsText("Hint <script>");
        single.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Fly"))
                .click();
        single.locator("#q-q-single-check").click();
        assertThat(single.locator("#q-q-single-feedback")).containsText("Wrong <script>");
        Locator multiple = page.locator("#q-q-multiple");
        multiple.locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("Cats"))
                .click();
        multiple.locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("Dogs"))
                .click();
        multiple.locator("#q-q-multiple-check").click();
        assertThat(multiple.locator("#q-q-multiple-feedback")).containsText("Explanation <script>");
        assertInert(page, "first section, answered");

        page.navigate(app.url("/modules/xss-payloads/more"));
        assertThat(page.locator(".article-body")).containsText("Rain falls on the garden.");
        Locator shortQuestion = page.locator("#q-q-short");
        shortQuestion.locator("input").fill("rain");
        shortQuestion.locator("#q-q-short-check").click();
        assertThat(shortQuestion.locator("#q-q-short-feedback")).containsText("Explanation <img");
        assertInert(page, "second section, answered");

        page.navigate(app.url("/modules/xss-payloads/results"));
        page.locator("main").first().waitFor();
        assertInert(page, "results");
        context.close();
    }

    @Test
    void everyBrokenModuleIsListedForTeachersWhileTheValidOnesAreServed() throws IOException {
        BrowserContext context = browser.newContext();
        Page page = page(context);
        page.navigate(app.url("/signup"));
        page.getByLabel("Your name").fill("Ada <img src=x onerror=window.__pwned=1>");
        page.getByLabel("Login name").fill("ada");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("correct horse battery");
        page.getByLabel("Repeat password").fill("correct horse battery");
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Create account"))
                .click();
        // a new account is signed in at once
        page.waitForURL("**/teach");

        page.navigate(app.url("/content-problems"));
        // the problems, not the lint warnings of the served modules listed below them
        Locator items = page.locator(".problem-list:not(.lint-list) li");
        assertThat(items.first()).isVisible();
        Set<String> listed = new TreeSet<>();
        for (String line : items.allTextContents()) {
            Path file = Path.of(line.substring(0, line.indexOf(".yaml:") + 5));
            listed.add(file.getParent().getFileName().toString());
        }
        Set<String> broken;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            broken = dirs.map(p -> p.getFileName().toString())
                    .filter(n -> !VALID.contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).isEqualTo(broken);
        assertThat(page.locator(".problem-list:not(.lint-list)"))
                .containsText("billion-laughs/module.yaml:1:5: a0: YAML anchors (&a0) are not allowed");
        assertThat(page.locator(".problem-list:not(.lint-list)"))
                .containsText("is not a section id (ho\\u202Eme, outside)");
        assertInert(page, "content problems");
        context.close();
    }

    /** Nothing from the content ran or became markup that could run. */
    private void assertInert(Page page, String where) {
        assertThat(page.evaluate("() => typeof window.__pwned"))
                .as(where + ": window.__pwned")
                .isEqualTo("undefined");
        assertThat(dialogs).as(where + ": dialogs").isEmpty();
        assertThat(page.locator("main script, main iframe, main object, main embed, main [onerror], main [onload],"
                                + " main [onmouseover], main [onclick], main [onfocus]")
                        .count())
                .as(where)
                .isZero();
        Object bad = page.evaluate("() => [...document.querySelectorAll('main a[href], main img[src], main [src]')]"
                + ".map(e => e.href || e.src)"
                + ".filter(u => u && !/^(https?|mailto):/i.test(new URL(u, location.href).protocol))");
        assertThat(bad).as(where + ": addresses").asList().isEmpty();
    }
}
