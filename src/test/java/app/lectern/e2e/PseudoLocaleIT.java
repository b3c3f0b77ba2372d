package app.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The interface in the test locales (demo data, {@code lectern.i18n.pseudo-locales=true}): in {@code en-XA} every
 * visible string of the main pages at 320 px must carry the pseudo-locale's marker (a string without it is hard-coded),
 * no button or link may be cut off and no page may scroll sideways; in {@code ar-XB} the page runs right to left
 * without overflow at 320 and 1280 px. Then Ukrainian: chosen by {@code Accept-Language}, switched back to English
 * with the header menu (remembered in the cookie), a hostile cookie ignored, axe clean with the menu open.
 *
 * <p>Module text is recognised by an enclosing {@code lang} other than the page's, or by occurring in a module's
 * YAML; user data (the demo people, class, answers) by occurring in the demo data's source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PseudoLocaleIT {

    private static final Pattern DEMO_STUDENT = Pattern.compile("^\\s+(\\S+) / \\S+\\s+\\((.+)\\)$", Pattern.MULTILINE);
    private static final Pattern TEACHER_PASSWORD = Pattern.compile("password:\\s+(\\S+)");
    /** A date and time as the UI's locale formats it ("Dec 3, 2026, 4:53 PM"): data, not a string to translate. */
    private static final Pattern DATE =
            Pattern.compile("^[A-Z][a-z]{2} \\d{1,2}, \\d{4}(, \\d{1,2}:\\d{2}\\s?[AP]M)?$");

    /** A class's join code. */
    private static final Pattern JOIN_CODE = Pattern.compile("^[A-Z0-9]{8}$");

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private String teacherPassword;
    private final List<String> knownText = new ArrayList<>();
    private String check;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-pseudo-");
        app = new LecternProcess(data, List.of("--lectern.demo=true", "--lectern.i18n.pseudo-locales=true"), Map.of())
                .start();
        // the demo data is made (and its logins printed) once the server is up
        String log = Files.readString(data.resolve("lectern.log"));
        for (int i = 0; i < 600 && !log.contains("Demo passwords are new"); i++) {
            Thread.sleep(200);
            log = Files.readString(data.resolve("lectern.log"));
        }
        Matcher m = TEACHER_PASSWORD.matcher(log.substring(log.indexOf("demo teacher")));
        assertThat(m.find()).isTrue();
        teacherPassword = m.group(1);
        Matcher s = DEMO_STUDENT.matcher(log);
        while (s.find()) {
            knownText.add(s.group(1));
            knownText.add(s.group(2));
        }
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("lectern.content", "content")))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                knownText.add(normalize(Files.readString(f)));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/java/app/lectern/demo"))) {
            for (Path f : files.toList()) {
                knownText.add(normalize(Files.readString(f)));
            }
        }
        try (InputStream in = PseudoLocaleIT.class.getResourceAsStream("/e2e/pseudo-locale-check.js")) {
            check = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
    void everyStringIsTranslatedAndFitsAt320Px() {
        try (BrowserContext context = context("en-XA", 320, null)) {
            Page page = context.newPage();
            for (String path : List.of("/", "/login", "/signup", "/join")) {
                page.navigate(app.url(path));
                inspect(page, path);
            }
            sectionWithFeedback(page);
            inspect(page, "reader section with feedback");
            shot(page, "en-XA", 320, "reader");

            logIn(page);
            page.navigate(app.url("/teach"));
            inspect(page, "/teach");
            String classPath = page.locator("a[href^='teach/classes/']").first().getAttribute("href");
            page.navigate(app.url("/" + classPath));
            inspect(page, "class page");
            String gradebook =
                    page.locator("a[href^='teach/assignments/']").first().getAttribute("href");
            page.navigate(app.url("/" + gradebook));
            inspect(page, "gradebook");
            shot(page, "en-XA", 320, "gradebook");
            page.navigate(app.url("/author"));
            inspect(page, "/author");
            page.locator("#copy-source").click();
            page.locator("vaadin-select-item").first().click();
            page.locator("#copy-button").click();
            page.waitForURL(url -> url.matches(".*/author/[^/]+$") && !url.endsWith("/new"));
            inspect(page, "draft editor");
            shot(page, "en-XA", 320, "editor");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rightToLeftRunsWithoutOverflow() {
        for (int width : new int[] {320, 1280}) {
            try (BrowserContext context = context("ar-XB", width, null)) {
                Page page = context.newPage();
                page.navigate(app.url("/"));
                rtl(page, "library at " + width);
                shot(page, "ar-XB", width, "library");
                sectionWithFeedback(page);
                rtl(page, "reader at " + width);
                shot(page, "ar-XB", width, "reader");
                logIn(page);
                page.navigate(app.url("/teach"));
                String classPath =
                        page.locator("a[href^='teach/classes/']").first().getAttribute("href");
                page.navigate(app.url("/" + classPath));
                rtl(page, "class page at " + width);
                shot(page, "ar-XB", width, "class");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ukrainianByAcceptLanguageThenEnglishByTheMenu() {
        try (BrowserContext context = context(null, 320, "uk-UA,uk;q=0.9,en;q=0.5")) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            page.locator("main h1").waitFor();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("uk");
            assertThat(page.locator("main h1").textContent()).isEqualTo("Бібліотека");
            shot(page, "uk", 320, "library");
            sectionWithFeedback(page);
            shot(page, "uk", 320, "reader");

            page.navigate(app.url("/"));
            page.locator(".lectern-lang-summary").click();
            assertThat(page.locator(".lectern-lang-option[lang=uk]").getAttribute("aria-current"))
                    .isEqualTo("true");
            assertThat(Browsers.axeViolations(page)).isEmpty();
            page.keyboard().press("Escape");
            assertThat(page.locator(".lectern-lang").getAttribute("open")).isNull();
            page.locator(".lectern-lang-summary").click();
            page.locator(".lectern-lang-option[lang=en]").click();
            page.waitForCondition(() -> "en".equals(page.locator("html").getAttribute("lang"))
                    && "Library".equals(page.locator("main h1").textContent()));
            Cookie cookie = context.cookies().stream()
                    .filter(c -> c.name.equals("lectern-lang"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cookie.value).isEqualTo("en");
            assertThat(cookie.path).isEqualTo("/");
            assertThat(cookie.expires).isGreaterThan(System.currentTimeMillis() / 1000.0 + 360 * 86400);

            // the cookie wins over Accept-Language; an unknown value in it is ignored
            page.navigate(app.url("/"));
            page.locator("main h1").waitFor();
            assertThat(page.locator("main h1").textContent()).isEqualTo("Library");
            context.addCookies(List.of(new Cookie("lectern-lang", "uk\"><script>").setUrl(app.url("/"))));
            page.navigate(app.url("/"));
            page.locator("main h1").waitFor();
            assertThat(page.locator("main h1").textContent()).isEqualTo("Бібліотека");
        }
        try (BrowserContext context = context("uk", 1280, null)) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            page.locator("main h1").waitFor();
            shot(page, "uk", 1280, "library");
            assertThat(Browsers.axeViolations(page)).isEmpty();
        }
    }

    private BrowserContext context(String language, int width, String acceptLanguage) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, 800);
        if (acceptLanguage != null) {
            options.setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage));
        }
        BrowserContext context = browser.newContext(options);
        if (language != null) {
            context.addCookies(List.of(new Cookie("lectern-lang", language).setUrl(app.url("/"))));
        }
        return context;
    }

    /** Opens the first section of the bundled module and checks a (wrong) answer to its first question. */
    private void sectionWithFeedback(Page page) {
        page.navigate(app.url("/modules/china-russia-ukraine/kyiv-accuses"));
        page.locator("section.question-card input").first().fill("2");
        page.locator("section.question-card vaadin-button[id$='-check']")
                .first()
                .click();
        page.locator("section.question-card [id$='-feedback']")
                .first()
                .locator("*")
                .first()
                .waitFor();
    }

    private void logIn(Page page) {
        page.navigate(app.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("demo-teacher");
        page.locator("vaadin-login-form input[name=password]").fill(teacherPassword);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> evaluate(Page page) {
        page.locator("main").first().waitFor();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return (Map<String, Object>) page.evaluate(check);
    }

    @SuppressWarnings("unchecked")
    private void inspect(Page page, String where) {
        Map<String, Object> r = evaluate(page);
        for (Map<String, Object> u : (List<Map<String, Object>>) r.get("unmarked")) {
            String text = (String) u.get("text");
            if (!known(text)) {
                problems.add(where + ": not translated: \"" + text + "\" at " + u.get("where"));
            }
        }
        for (Object c : (List<Object>) r.get("clipped")) {
            problems.add(where + ": text cut off: " + c);
        }
        if (((Number) r.get("overflow")).intValue() > 0) {
            problems.add(where + ": the page scrolls sideways by " + r.get("overflow") + " px: " + r.get("wide"));
        }
    }

    private void rtl(Page page, String where) {
        Map<String, Object> r = evaluate(page);
        if (!"rtl".equals(r.get("dir"))) {
            problems.add(where + ": html dir is " + r.get("dir"));
        }
        if (((Number) r.get("overflow")).intValue() > 0) {
            problems.add(where + ": the page scrolls sideways by " + r.get("overflow") + " px: " + r.get("wide"));
        }
    }

    private boolean known(String text) {
        if (DATE.matcher(text).matches() || JOIN_CODE.matcher(text).matches()) {
            return true;
        }
        String t = normalize(text);
        return knownText.stream().anyMatch(k -> k.contains(t));
    }

    private static String normalize(String s) {
        return s.replace("''", "'")
                .replace("\\\"", "\"")
                .replaceAll("[*_`]", "")
                .replaceAll("\\s+", " ");
    }

    private static void shot(Page page, String language, int width, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/pseudo-" + language + "-" + width + "-" + name + ".png"))
                .setFullPage(false));
    }
}
