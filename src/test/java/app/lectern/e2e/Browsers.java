package app.lectern.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Debian's Chromium under Playwright, and the axe-core audit, as every end-to-end test uses them. */
final class Browsers {

    private Browsers() {}

    static Playwright playwright() {
        // a 2-core machine that also builds and runs other JVMs renders a first page in well over the default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless Chromium with the flags this closed network needs (no background connections). */
    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("lectern.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /**
     * The axe-core violations on the page, one line each. Vaadin's own connection indicator sits outside the
     * landmarks; it is empty until the server is unreachable, and then announces it. Everything of ours is audited.
     */
    static List<String> axeViolations(Page page) {
        List<Rule> violations = new AxeBuilder(page)
                .exclude(List.of("vaadin-connection-indicator"))
                .analyze()
                .getViolations();
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " — "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }
}
