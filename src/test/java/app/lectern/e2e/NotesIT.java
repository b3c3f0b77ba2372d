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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Highlights and notes in Chromium, on a 375 px touch phone and on a desktop: words selected in the section text
 * (a JavaScript range, as a finger or mouse would leave it), highlighted in a labelled colour, with a note in the
 * editor; after a reload the highlights are in {@code CSS.highlights} with the same words and the "My notes" panel
 * lists them; one is deleted; axe finds nothing with the panel open. A teacher reads a student's notes of an
 * assignment that shares them, and nothing of one that does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotesIT {

    private static final String SECTION = "/modules/china-russia-ukraine/kyiv-accuses";
    private static final String MODULE_TITLE = "China's role in Russia's war on Ukraine";

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private final List<String> audits = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-notes-")).start();
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
    void onAPhoneWordsAreHighlightedWithANoteKeptAndDeleted() {
        highlightReloadAndDelete(true);
    }

    @Test
    void onADesktopWordsAreHighlightedWithANoteKeptAndDeleted() {
        highlightReloadAndDelete(false);
    }

    private void highlightReloadAndDelete(boolean phone) {
        BrowserContext context = context(phone, ColorScheme.LIGHT);
        Page page = context.newPage();
        try {
            page.navigate(app.url(SECTION));
            assertThat(page.locator("#article-body p").first()).isVisible();

            String first = ReaderScripts.selectWords(page, 0, 3, 6);
            press(page, phone, page.locator(".notes-toolbar button[data-colour=question]"));
            assertThat(page.locator(".notes-status")).hasText("Saved to My notes.");
            assertThat(ReaderScripts.highlighted(page, "question")).containsExactly(first);

            String second = ReaderScripts.selectWords(page, 1, 0, 4);
            press(page, phone, page.locator(".notes-toolbar button[data-action=note]"));
            Locator editor = page.locator("#notes-editor");
            assertThat(editor).isVisible();
            editor.locator("vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Evidence"))
                    .click();
            editor.locator("#note-text textarea").fill("This is what Kyiv claims.");
            press(page, phone, editor.locator("#note-save"));
            assertThat(editor).not().isVisible();
            assertThat(ReaderScripts.highlighted(page, "evidence")).containsExactly(second);

            page.reload();
            assertThat(page.locator("#article-body p").first()).isVisible();
            page.waitForFunction("() => CSS.highlights.get('lectern-note-evidence')?.size === 1");
            assertThat(ReaderScripts.highlighted(page, "question")).containsExactly(first);
            assertThat(ReaderScripts.highlighted(page, "evidence")).containsExactly(second);

            press(page, phone, page.locator("#my-notes"));
            Locator panel = page.locator("#notes-panel");
            assertThat(panel).isVisible();
            assertThat(panel.locator(".note-item")).hasCount(2);
            assertThat(panel).containsText(first);
            assertThat(panel).containsText("This is what Kyiv claims.");
            assertThat(panel).containsText("Only you can see your notes.");
            audit(page, (phone ? "phone" : "desktop") + ": My notes open");

            panel.locator(".note-item")
                    .filter(new Locator.FilterOptions().setHasText(first))
                    .locator(".note-delete")
                    .click();
            assertThat(panel.locator(".note-item")).hasCount(1);
            page.keyboard().press("Escape");
            assertThat(panel).not().isVisible();
            page.reload();
            page.waitForFunction("() => CSS.highlights.get('lectern-note-evidence')?.size === 1");
            assertThat(ReaderScripts.highlighted(page, "question")).isEmpty();

            context.close();
            context = context(phone, ColorScheme.DARK);
            page = context.newPage();
            page.navigate(app.url(SECTION));
            assertThat(page.locator("#article-body p").first()).isVisible();
            ReaderScripts.selectWords(page, 0, 0, 3);
            assertThat(page.locator(".notes-toolbar")).isVisible();
            audit(page, (phone ? "phone" : "desktop") + ": toolbar (dark)");
            assertThat(audits).as("axe violations").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/notes-fail-" + phone + ".png")));
            throw e;
        } finally {
            context.close();
        }
    }

    @Test
    void aTeacherReadsTheNotesOfAnAssignmentThatSharesThemOnly() {
        BrowserContext teacherContext = context(false, ColorScheme.LIGHT);
        Page teacher = teacherContext.newPage();
        teacher.navigate(app.url("/signup"));
        teacher.getByLabel("Your name").fill("Ada Rivera");
        teacher.getByLabel("Login name").fill("ada-notes");
        teacher.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("correct horse battery");
        teacher.getByLabel("Repeat password").fill("correct horse battery");
        teacher.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Create account"))
                .click();
        teacher.waitForURL("**/teach");
        teacher.locator("#class-name input").fill("Period 5");
        teacher.locator("#create-class").click();
        assertThat(teacher.locator("#join-code")).isVisible();
        String code = teacher.locator("#join-code").textContent().strip();
        String classUrl = teacher.url();
        long shared = assign(teacher, classUrl, true);
        long notShared = assign(teacher, classUrl, false);

        BrowserContext studentContext = context(false, ColorScheme.LIGHT);
        Page student = studentContext.newPage();
        student.navigate(app.url("/join"));
        student.getByLabel("Class code").fill(code);
        student.getByLabel("Your name").fill("Noor Haddad");
        student.getByLabel("Choose a password").fill("owl-lemon-kite");
        student.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Join"))
                .click();
        assertThat(student.locator("#login-name")).isVisible();
        String sharedWords = highlightInAssignment(student, shared);
        student.locator("#my-notes").click();
        assertThat(student.locator("#notes-who")).containsText("your teacher can read");
        student.keyboard().press("Escape");
        String privateWords = highlightInAssignment(student, notShared);
        student.locator("#my-notes").click();
        assertThat(student.locator("#notes-who")).hasText("Only you can see your notes.");
        studentContext.close();

        teacher.navigate(app.url("/teach/assignments/" + shared));
        teacher.locator("a[href*='/students/']").first().click();
        assertThat(teacher.locator("#shared-notes")).containsText(sharedWords);
        audit(teacher, "student's work with shared notes");
        teacher.navigate(app.url("/teach/assignments/" + notShared));
        teacher.locator("a[href*='/students/']").first().click();
        assertThat(teacher.locator("h1")).containsText("Noor Haddad");
        assertThat(teacher.locator("#shared-notes")).hasCount(0);
        assertThat(teacher.locator("main")).not().containsText(privateWords);
        teacherContext.close();
        assertThat(audits).as("axe violations").isEmpty();
    }

    private long assign(Page teacher, String classUrl, boolean shareNotes) {
        teacher.navigate(classUrl);
        teacher.locator("#assign-link").click();
        teacher.waitForURL("**/assign");
        teacher.locator("#module").click();
        teacher.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(MODULE_TITLE))
                .click();
        if (shareNotes) {
            teacher.locator("#share-notes input").click();
            assertThat(teacher.locator("#share-notes")).hasAttribute("checked", "");
        }
        teacher.locator("#assign").click();
        teacher.waitForURL(classUrl);
        Locator links = teacher.locator("a[id^=gradebook-link-]");
        long newest = 0;
        for (int i = 0; i < links.count(); i++) {
            newest = Math.max(
                    newest, Long.parseLong(links.nth(i).getAttribute("id").replace("gradebook-link-", "")));
        }
        return newest;
    }

    private String highlightInAssignment(Page student, long assignment) {
        student.navigate(app.url("/assignments/" + assignment + "/kyiv-accuses"));
        assertThat(student.locator("#article-body p").first()).isVisible();
        String words = ReaderScripts.selectWords(student, 0, 1, 5);
        student.locator(".notes-toolbar button[data-colour=important]").click();
        assertThat(student.locator(".notes-status")).hasText("Saved to My notes.");
        return words;
    }

    private BrowserContext context(boolean phone, ColorScheme scheme) {
        Browser.NewContextOptions options =
                new Browser.NewContextOptions().setColorScheme(scheme).setViewportSize(phone ? 375 : 1280, 800);
        if (phone) {
            options.setHasTouch(true).setIsMobile(true);
        }
        return browser.newContext(options);
    }

    private static void press(Page page, boolean phone, Locator target) {
        if (phone) {
            target.tap();
        } else {
            target.click();
        }
    }

    private void audit(Page page, String where) {
        List<String> violations = Browsers.axeViolations(page);
        if (!violations.isEmpty()) {
            audits.add(where + ": " + violations);
        }
    }
}
