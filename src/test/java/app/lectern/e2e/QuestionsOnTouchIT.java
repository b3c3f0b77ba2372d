package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A learner on a 375 px touch phone in real Chromium: an ordering question's rows are dragged by finger (HTML5 drag
 * and drop does not fire on touch, so this is what proves the pointer script works), its targets are 44 px, and its
 * screen-reader status takes no room on screen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionsOnTouchIT {

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-data-")).start();
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
    void anOrderingRowIsDraggedByFingerOnAPhone() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 812)
                .setHasTouch(true)
                .setIsMobile(true));
        Page page = context.newPage();
        page.navigate(app.url("/modules/china-russia-ukraine/without-limits"));
        Locator order = page.locator("#q-events-order");
        order.scrollIntoViewIfNeeded();
        Locator texts = order.locator(".lectern-order-text");
        assertThat(texts).hasCount(4);
        List<String> before = texts.allTextContents();

        BoundingBox handle = order.locator(".lectern-order-handle").first().boundingBox();
        BoundingBox third = order.locator(".lectern-order-item").nth(2).boundingBox();
        assertThat(handle.width).isGreaterThanOrEqualTo(44);
        assertThat(handle.height).isGreaterThanOrEqualTo(44);
        BoundingBox up = order.locator(".lectern-order-up").nth(1).boundingBox();
        assertThat(up.width).isGreaterThanOrEqualTo(44);
        assertThat(up.height).isGreaterThanOrEqualTo(44);

        double x = handle.x + handle.width / 2;
        double from = handle.y + handle.height / 2;
        double to = third.y + third.height * 0.75;
        CDPSession cdp = context.newCDPSession(page);
        touch(cdp, "touchStart", x, from);
        for (int step = 1; step <= 10; step++) {
            touch(cdp, "touchMove", x, from + (to - from) * step / 10);
        }
        touch(cdp, "touchEnd", x, to);

        assertThat(texts.nth(2)).hasText(before.getFirst());
        assertThat(texts.allTextContents()).containsExactly(before.get(1), before.get(2), before.get(0), before.get(3));
        Locator status = order.locator(".lectern-sr-only");
        assertThat(status).hasText("'" + before.getFirst() + "' is now number 3 of 4.");
        BoundingBox box = status.boundingBox();
        assertThat(box.width * box.height)
                .as("the status is for screen readers only")
                .isLessThanOrEqualTo(1);
        context.close();
    }

    private static void touch(CDPSession cdp, String type, double x, double y) {
        JsonArray points = new JsonArray();
        if (!type.equals("touchEnd")) {
            JsonObject point = new JsonObject();
            point.addProperty("x", x);
            point.addProperty("y", y);
            point.addProperty("id", 1);
            points.add(point);
        }
        JsonObject params = new JsonObject();
        params.addProperty("type", type);
        params.add("touchPoints", points);
        cdp.send("Input.dispatchTouchEvent", params);
    }
}
