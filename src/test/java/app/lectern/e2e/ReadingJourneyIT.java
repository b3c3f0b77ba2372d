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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 15's journey on a 375×667 touch phone, as one anonymous student: switch the interface to Ukrainian, choose a
 * larger text and the dyslexia-friendly font, start read aloud (the utterance queue and the highlighted sentence,
 * with a fake speech synthesis: headless Chromium has no voices; with the section's translation beside the original,
 * the translation is read in Ukrainian), highlight words with a note, reload and find all of
 * it kept; axe after every step and in the dark and sepia colours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingJourneyIT {

    private static final String SECTION = "/modules/reading-war-claims/who-says-so";

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private final List<String> audits = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-reading-journey-")).start();
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
    void aStudentReadsInUkrainianWithLargerTextReadAloudAndNotesKeptOverAReload() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 667)
                .setHasTouch(true)
                .setIsMobile(true)
                .setColorScheme(ColorScheme.LIGHT));
        context.addInitScript(ReaderScripts.fakeSpeech(true));
        Page page = context.newPage();
        try {
            journey(page);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/reading-journey-failure.png")));
            throw e;
        } finally {
            context.close();
        }
        assertThat(audits).as("axe violations").isEmpty();
    }

    private void journey(Page page) {
        page.navigate(app.url(SECTION));
        assertThat(page.locator("#article-body p").first()).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        // the interface in Ukrainian, from the header's language menu; the module's own text stays English
        page.locator(".lectern-lang-summary").tap();
        page.locator(".lectern-lang-option[lang=uk]").tap();
        page.waitForCondition(() -> "uk".equals(page.locator("html").getAttribute("lang")));
        assertThat(page.locator("#reading-display")).hasText("Вигляд");
        assertThat(page.locator("#my-notes")).containsText("Мої нотатки");
        assertThat(page.locator("#article-body").evaluate("e => e.closest('[lang]').lang"))
                .isEqualTo("en");
        audit(page, "reader in Ukrainian");

        // a larger text and OpenDyslexic
        Locator body = page.locator(".article-body").first();
        double normalSize = fontSize(body);
        page.locator("#reading-display").tap();
        page.locator("#reading-text-size").tap();
        page.locator("vaadin-select-item[role=option] >> visible=true")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^150")))
                .first()
                .tap();
        page.locator("#reading-font vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("OpenDyslexic"))
                .tap();
        audit(page, "display settings in Ukrainian");
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Готово"))
                .tap();
        page.waitForFunction("document.fonts.check('16px OpenDyslexic')");
        assertThat(fontFamily(body)).contains("OpenDyslexic");
        assertThat(fontSize(body)).isCloseTo(normalSize * 1.5, Offset.offset(0.5));
        audit(page, "reader, 150 % and OpenDyslexic");

        // read aloud: one sentence per utterance, the one being read highlighted
        Locator play = page.locator("lectern-read-aloud button.read-aloud-play");
        assertThat(play).hasText("Читати вголос");
        play.tap();
        Map<?, ?> state = readAloud(page);
        List<?> queue = (List<?>) state.get("queue");
        assertThat(queue).as("the section's sentences").hasSizeGreaterThan(3);
        assertThat(queue.getFirst())
                .isEqualTo(page.locator("#section-title").textContent().strip());
        assertThat(state.get("highlighted")).isEqualTo(queue.getFirst());
        page.evaluate("() => speechSynthesis.end()");
        state = readAloud(page);
        assertThat(state.get("current")).isEqualTo(1);
        assertThat(state.get("highlighted")).isEqualTo(queue.get(1));
        assertThat(page.evaluate("() => CSS.highlights.get('lectern-reading').size"))
                .isEqualTo(1);
        assertThat(page.evaluate("() => speechSynthesis.spoken")).isEqualTo(List.of(queue.get(0), queue.get(1)));
        audit(page, "reading aloud");
        page.locator("lectern-read-aloud button.read-aloud-stop").tap();
        assertThat(page.evaluate("() => CSS.highlights.has('lectern-reading')")).isEqualTo(false);

        // the section's Ukrainian translation beside the original: read aloud reads the translation, in Ukrainian
        Locator textChoice = page.locator(".text-variant vaadin-radio-button");
        textChoice.filter(new Locator.FilterOptions().setHasText("Українська")).tap();
        Locator translation = page.locator(".article-translation");
        assertThat(translation).hasAttribute("lang", "uk");
        play.tap();
        List<?> read = (List<?>) readAloud(page).get("queue");
        assertThat(read.getFirst())
                .isEqualTo(translation.locator("h3").textContent().strip());
        assertThat(page.evaluate("() => speechSynthesis.current.lang")).isEqualTo("uk");
        audit(page, "translation beside the original, reading aloud");
        page.locator("lectern-read-aloud button.read-aloud-stop").tap();
        textChoice.filter(new Locator.FilterOptions().setHasText("Оригінал")).tap();
        assertThat(translation).hasCount(0);

        // words highlighted as evidence, with a note
        String words = ReaderScripts.selectWords(page, 0, 1, 5);
        page.locator(".notes-toolbar button[data-action=note]").tap();
        Locator editor = page.locator("#notes-editor");
        assertThat(editor).isVisible();
        editor.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Доказ"))
                .tap();
        editor.locator("#note-text textarea").fill("Хто це каже? Тут джерела немає.");
        audit(page, "note editor");
        editor.locator("#note-save").tap();
        assertThat(editor).not().isVisible();
        assertThat(ReaderScripts.highlighted(page, "evidence")).containsExactly(words);

        // a reload keeps the language, the text size, the font, the highlight and the note
        page.reload();
        assertThat(page.locator("#article-body p").first()).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat(page.locator("#reading-display")).hasText("Вигляд");
        assertThat(page.locator(".reader")).hasAttribute("data-reading-font", "opendyslexic");
        assertThat(fontSize(body)).isCloseTo(normalSize * 1.5, Offset.offset(0.5));
        page.waitForFunction("() => CSS.highlights.get('lectern-note-evidence')?.size === 1");
        assertThat(ReaderScripts.highlighted(page, "evidence")).containsExactly(words);
        page.locator("#my-notes").tap();
        Locator panel = page.locator("#notes-panel");
        assertThat(panel).isVisible();
        assertThat(panel).containsText(words);
        assertThat(panel).containsText("Хто це каже? Тут джерела немає.");
        audit(page, "My notes after a reload");
        page.keyboard().press("Escape");

        for (String theme : List.of("Темні", "Сепія")) {
            page.locator("#reading-display").tap();
            page.locator("#reading-theme vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText(theme))
                    .tap();
            page.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Готово"))
                    .tap();
            page.locator(".reader[data-reading-theme='" + (theme.equals("Темні") ? "dark" : "sepia") + "']")
                    .waitFor();
            audit(page, "reader, " + theme);
        }
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(1);
    }

    private static Map<?, ?> readAloud(Page page) {
        return (Map<?, ?>) page.evaluate("() => window.lecternReadAloud.state()");
    }

    private static String fontFamily(Locator element) {
        return (String) element.evaluate("e => getComputedStyle(e).fontFamily");
    }

    private static double fontSize(Locator element) {
        return Double.parseDouble(((String) element.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
    }

    private void audit(Page page, String where) {
        page.locator("main").first().waitFor();
        Browsers.axeViolations(page).forEach(v -> audits.add(where + ": " + v));
    }
}
