package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reading supports on a 375×667 touch phone: the reader's page weight without an optional font, display settings
 * (a larger text and OpenDyslexic, fetched only once chosen, kept over a reload), read aloud with a fake speech
 * synthesis (headless Chromium has no voices) and the message where there is no voice, and axe in light, dark, sepia
 * and with the largest settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingSupportsIT {

    private static final String READER = "/modules/china-russia-ukraine";
    private static final long MAX_PAGE_BYTES = 350L * 1024;
    private static final Pattern OPTIONAL_FONT = Pattern.compile("(?i)opendyslexic|lexend|atkinson");

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private final List<String> audits = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-reading-")).start();
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
    void displaySettingsArePageWeightFreeUntilChosenAndKept() {
        BrowserContext context = phone(ColorScheme.LIGHT);
        Page page = context.newPage();
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(r -> requests.add(r.url()));
        Map<String, Double> encoded = new ConcurrentHashMap<>();
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        cdp.on(
                "Network.loadingFinished",
                (JsonObject e) -> encoded.merge(
                        e.get("requestId").getAsString(),
                        e.get("encodedDataLength").getAsDouble(),
                        Double::sum));
        page.navigate(app.url(READER));
        page.locator(".section-article").waitFor();
        page.locator("lectern-read-aloud button").first().waitFor();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForTimeout(500);
        long bytes = Math.round(
                encoded.values().stream().mapToDouble(Double::doubleValue).sum());
        System.out.printf(
                "ReadingSupportsIT: reader page weight %d bytes (%.1f KB) in %d responses, no optional font%n",
                bytes, bytes / 1024.0, encoded.size());
        assertThat(bytes)
                .as("the reader's page weight without an optional font")
                .isLessThanOrEqualTo(MAX_PAGE_BYTES);
        assertThat(requests)
                .as("no optional font on the first load")
                .noneMatch(u -> OPTIONAL_FONT.matcher(u).find());
        audit(page, "reader, light");

        Locator body = page.locator(".article-body");
        double normalSize = fontSize(body);
        page.locator("#reading-display").tap();
        choose(page, "#reading-text-size", "150%");
        page.locator("#reading-font vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("OpenDyslexic"))
                .tap();
        page.waitForCondition(() -> requests.stream()
                .anyMatch(u ->
                        u.toLowerCase().contains("opendyslexic") && (u.endsWith(".woff2") || u.endsWith(".woff"))));
        assertThat(requests.stream().filter(u -> OPTIONAL_FONT.matcher(u).find()))
                .as("only the chosen font")
                .allMatch(u -> u.toLowerCase().contains("opendyslexic") || !u.matches("(?i).*\\.(woff2?|css)$"));
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Done"))
                .tap();
        assertThat(fontFamily(body)).contains("OpenDyslexic");
        assertThat(fontSize(body)).isCloseTo(normalSize * 1.5, org.assertj.core.data.Offset.offset(0.5));

        page.reload();
        body.waitFor();
        assertThat(page.locator(".reader")).hasAttribute("data-reading-font", "opendyslexic");
        assertThat(fontFamily(body)).contains("OpenDyslexic");
        assertThat(fontSize(body)).isCloseTo(normalSize * 1.5, org.assertj.core.data.Offset.offset(0.5));
        page.waitForFunction("document.fonts.check('16px OpenDyslexic')");

        for (String theme : List.of("Dark", "Sepia (warm)")) {
            page.locator("#reading-display").tap();
            page.locator("#reading-theme vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText(theme))
                    .tap();
            page.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Done"))
                    .tap();
            page.locator(".reader[data-reading-theme='" + (theme.equals("Dark") ? "dark" : "sepia") + "']")
                    .waitFor();
            audit(page, "reader, " + theme);
        }
        // the largest of everything, dark on a phone: still readable, nothing cut
        page.locator("#reading-display").tap();
        choose(page, "#reading-text-size", "200%");
        choose(page, "#reading-line-spacing", "2.5");
        choose(page, "#reading-letter-spacing", "Widest");
        choose(page, "#reading-word-spacing", "Widest");
        choose(page, "#reading-paragraph-spacing", "Widest");
        page.locator("#reading-theme vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Dark"))
                .tap();
        audit(page, "display dialog, largest");
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Done"))
                .tap();
        page.locator(".reader[data-reading-theme='dark']").waitFor();
        audit(page, "reader, largest settings, dark");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("no sideways scrolling at the largest settings")
                .isLessThanOrEqualTo(1);
        context.close();
        assertThat(audits).as("axe violations").isEmpty();
    }

    @Test
    void readAloudReadsTheSectionSentenceBySentence() {
        BrowserContext context = phone(ColorScheme.LIGHT);
        context.addInitScript(ReaderScripts.fakeSpeech(true));
        Page page = context.newPage();
        page.navigate(app.url(READER));
        Locator play = page.locator("lectern-read-aloud button.read-aloud-play");
        play.waitFor();
        assertThat(play).hasText("Read aloud");
        play.tap();
        Map<?, ?> state = state(page);
        List<?> queue = (List<?>) state.get("queue");
        String heading = page.locator("#section-title").textContent().strip();
        assertThat(queue).as("the section's sentences").hasSizeGreaterThan(3);
        assertThat(queue.getFirst()).isEqualTo(heading);
        String firstParagraph =
                page.locator(".article-body p").first().innerText().strip();
        assertThat(firstParagraph).startsWith(queue.get(1).toString());
        assertThat(state.get("current")).isEqualTo(0);
        assertThat(state.get("highlighted")).isEqualTo(queue.getFirst());
        assertThat(page.evaluate("() => CSS.highlights.has('lectern-reading')")).isEqualTo(true);
        assertThat(page.evaluate("() => speechSynthesis.spoken.length")).isEqualTo(1);

        page.evaluate("() => speechSynthesis.end()");
        state = state(page);
        assertThat(state.get("current")).isEqualTo(1);
        assertThat(state.get("highlighted")).isEqualTo(queue.get(1));
        assertThat(page.evaluate("() => speechSynthesis.spoken[1]")).isEqualTo(queue.get(1));

        play.tap(); // pause
        assertThat(state(page).get("paused")).isEqualTo(true);
        assertThat(page.evaluate("() => speechSynthesis.paused")).isEqualTo(true);
        assertThat(play).hasText("Resume");
        play.tap();
        assertThat(page.evaluate("() => speechSynthesis.paused")).isEqualTo(false);
        assertThat(play).hasText("Pause");

        page.locator("lectern-read-aloud button.read-aloud-stop").tap();
        state = state(page);
        assertThat(state.get("speaking")).isEqualTo(false);
        assertThat(state.get("highlighted")).isEqualTo("");
        assertThat(page.evaluate("() => CSS.highlights.has('lectern-reading')")).isEqualTo(false);
        // the open questions' answers are never in what is read: the key is not on the page
        page.locator(".read-aloud-options summary").tap();
        page.locator("lectern-read-aloud input[type=checkbox]").check();
        play.tap();
        List<?> withQuestions = (List<?>) state(page).get("queue");
        assertThat(withQuestions.size()).isGreaterThan(queue.size());
        System.out.printf(
                "ReadingSupportsIT: read aloud queued %d sentences of the section, %d with its questions%n",
                queue.size(), withQuestions.size());
        audit(page, "reader, reading aloud");
        context.close();

        BrowserContext silent = phone(ColorScheme.DARK);
        silent.addInitScript(ReaderScripts.fakeSpeech(false));
        Page quiet = silent.newPage();
        quiet.navigate(app.url(READER));
        quiet.locator("lectern-read-aloud button.read-aloud-play").tap();
        assertThat(quiet.locator(".read-aloud-status")).containsText("no voice");
        audit(quiet, "reader, dark device, no voices");
        silent.close();
        assertThat(audits).as("axe violations").isEmpty();
    }

    private static Map<?, ?> state(Page page) {
        return (Map<?, ?>) page.evaluate("() => window.lecternReadAloud.state()");
    }

    private static void choose(Page page, String select, String item) {
        page.locator(select).tap();
        page.locator("vaadin-select-item[role=option] >> visible=true")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .tap();
        assertThat(page.locator("vaadin-select[opened]")).hasCount(0);
    }

    private static String fontFamily(Locator element) {
        return (String) element.evaluate("e => getComputedStyle(e).fontFamily");
    }

    private static double fontSize(Locator element) {
        return Double.parseDouble(((String) element.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
    }

    private BrowserContext phone(ColorScheme scheme) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 667)
                .setHasTouch(true)
                .setIsMobile(true)
                .setColorScheme(scheme));
    }

    private void audit(Page page, String where) {
        page.locator("main").first().waitFor();
        Browsers.axeViolations(page).forEach(v -> audits.add(where + ": " + v));
    }
}
