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
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
 * The whole classroom on a 375 px touch phone: a teacher signs up, creates a class and assigns the bundled module
 * with immediate feedback; a student joins with the code and answers one question of every type the module has, by
 * finger, and gets feedback on each; the teacher resets the student's password, and the student signs in with the
 * one-time password, chooses their own and lands on their assignments. Every page on the way is audited with
 * axe-core, the class page and the reader in dark mode too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneJourneyIT {

    private static final String MODULE_TITLE = "China's role in Russia's war on Ukraine";

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private final List<String> audits = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-phone-")).start();
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
    void aClassRunsOnPhonesFromAssigningToAPasswordReset() {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            int n = 0;
            for (BrowserContext c : browser.contexts()) {
                for (Page p : c.pages()) {
                    p.screenshot(new Page.ScreenshotOptions()
                            .setPath(Path.of("target/phone-journey-fail-" + n++ + ".png"))
                            .setFullPage(false));
                }
            }
            throw e;
        }
    }

    private void journey() {
        // the teacher signs up, creates a class and assigns the module with feedback after each answer
        BrowserContext teacherContext = phone(ColorScheme.LIGHT);
        Page teacher = teacherContext.newPage();
        teacher.navigate(app.url("/signup"));
        audit(teacher, "/signup");
        teacher.getByLabel("Your name").fill("Ada Rivera");
        teacher.getByLabel("Login name").fill("ada");
        teacher.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("correct horse battery");
        teacher.getByLabel("Repeat password").fill("correct horse battery");
        button(teacher, "Create account").tap();
        // a new account is signed in at once and sent to its start page
        teacher.waitForURL("**/teach");

        audit(teacher, "/teach");
        teacher.locator("#class-name input").fill("Period 3");
        teacher.locator("#create-class").tap();
        // a new class opens at once, with its join code
        assertThat(teacher.locator("h1")).containsText("Period 3");
        assertThat(teacher.locator("#join-code")).isVisible();
        audit(teacher, "class page");
        String code = teacher.locator("#join-code").textContent().strip();
        String classUrl = teacher.url();

        teacher.locator("#assign-link").tap();
        teacher.waitForURL("**/assign");
        // two modules ship, so the teacher picks one
        teacher.locator("#module").tap();
        teacher.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(MODULE_TITLE))
                .tap();
        teacher.locator("#feedback vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Immediately after each answer"))
                .tap();
        assertThat(teacher.locator("#feedback vaadin-radio-button[checked]")).hasText("Immediately after each answer");
        audit(teacher, "assign page");
        teacher.locator("#assign").tap();
        teacher.waitForURL(classUrl);
        assertThat(teacher.locator("main")).containsText(MODULE_TITLE);

        // the student joins with the code and finds the assignment
        BrowserContext studentContext = phone(ColorScheme.LIGHT);
        Page student = studentContext.newPage();
        student.navigate(app.url("/join"));
        audit(student, "/join");
        student.getByLabel("Class code").fill(code);
        student.getByLabel("Your name").fill("María López");
        student.getByLabel("Choose a password").fill("owl-lemon-kite");
        button(student, "Join").tap();
        String loginName = student.locator("#login-name").textContent().strip();
        // joining signs the student in
        student.navigate(app.url("/assignments"));
        assertThat(student.locator("#assignments")).containsText(MODULE_TITLE);
        audit(student, "/assignments");
        student.locator("#assignments a").first().tap();
        student.waitForURL("**/assignments/*");
        String assignment = student.url();

        // one question of every type the module has, answered by finger, each with its feedback at once
        student.navigate(assignment + "/kyiv-accuses");
        fillIn(student, "captured-count", "input", "2");
        check(student, "captured-count", "right");
        tapChoice(student, "who-says-150", "vaadin-radio-button", "Officials in Kyiv");
        check(student, "who-says-150", "right");
        fillIn(student, "baseless-phrase", "input", "completely baseless");
        check(student, "baseless-phrase", "right");
        tapChoice(student, "foreign-fighters-new", "vaadin-radio-button", "False");
        check(student, "foreign-fighters-new", "right");
        audit(student, "reader: numeric, single, short, true/false");

        student.navigate(assignment + "/the-fighters");
        Locator groups = student.locator("#q-observation-or-conclusion vaadin-radio-group");
        assertThat(groups).hasCount(4);
        List<String> categories =
                List.of("What they point to", "What they point to", "What they suggest", "What they suggest");
        for (int i = 0; i < categories.size(); i++) {
            groups.nth(i)
                    .locator("vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText(categories.get(i)))
                    .tap();
        }
        check(student, "observation-or-conclusion", "right");
        audit(student, "reader: categorize");

        student.navigate(assignment + "/observers");
        tapChoice(
                student,
                "western-concern-evidence",
                "vaadin-checkbox",
                "They fear that Beijing is sending military officers");
        check(student, "western-concern-evidence", "right");
        Locator blanks = student.locator("#q-lessons-cloze .lectern-cloze-blank input");
        assertThat(blanks).hasCount(2);
        blanks.nth(0).tap();
        blanks.nth(0).fill("drone");
        blanks.nth(1).tap();
        blanks.nth(1).fill("battlefield");
        check(student, "lessons-cloze", "right");
        audit(student, "reader: highlight, cloze");

        student.navigate(assignment + "/without-limits");
        List<String> whens = List.of("Over the last ten years", "Early April", "Mid-April", "Ever since February 2022");
        Locator selects = student.locator("#q-when-match vaadin-select.lectern-match-choice");
        assertThat(selects).hasCount(whens.size());
        for (int i = 0; i < whens.size(); i++) {
            selects.nth(i).tap();
            student.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(whens.get(i)).setExact(true))
                    .tap();
            assertThat(selects.nth(i)).containsText(whens.get(i));
        }
        check(student, "when-match", "right");
        orderByDragging(
                studentContext,
                student,
                "events-order",
                List.of(
                        "China and Russia declare a partnership “without limits”",
                        "Russia launches its full-scale invasion of Ukraine",
                        "Zelensky says Chinese nationals were taken prisoner while fighting for Russia",
                        "Zelensky says China is supplying weapons and gunpowder to Russia"));
        // after the CDP-driven drags, a Playwright tap() on this page often reached nothing (Check, a select; even
        // after a pause), cause not found (test harness or the drag script): Check is clicked, the match comes first
        student.locator("#q-events-order-check").click();
        assertThat(student.locator("#q-events-order-feedback")).hasAttribute("data-state", "right");
        audit(student, "reader: order, match");

        student.navigate(assignment + "/official-neutrality");
        tapChoice(student, "neutrality-includes", "vaadin-checkbox", "Avoiding any open show of support for Russia");
        tapChoice(student, "neutrality-includes", "vaadin-checkbox", "Publicly backing calls for peace");
        check(student, "neutrality-includes", "right");
        audit(student, "reader: multiple");

        student.navigate(assignment + "/peacemaker-or-ally");
        fillIn(
                student,
                "peacemaker-essay",
                "textarea",
                "Kyiv doubts it: Zelensky says Chinese nationals fought for Russia. China calls this"
                        + " “completely baseless” and says it is neutral.");
        // an essay is graded by the teacher: the feedback says it is saved and can be revised until submitting
        check(student, "peacemaker-essay", "pending");
        assertThat(student.locator("#q-peacemaker-essay-feedback")).containsText("Your teacher grades this answer");
        audit(student, "reader: open");

        // the teacher resets the student's password and reads the one-time password off the page, once
        teacher.navigate(classUrl);
        Locator reset = teacher.locator("#roster vaadin-button[id^=reset-]");
        assertThat(reset).hasCount(1);
        reset.tap();
        teacher.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Reset password").setExact(true))
                .tap();
        Locator oneTime = teacher.locator("#reset-password");
        assertThat(oneTime).isVisible();
        assertThat(teacher.locator("#reset-done")).containsText(loginName);
        String oneTimePassword = oneTime.textContent().strip();
        assertThat(oneTimePassword).isNotBlank().isNotEqualTo("owl-lemon-kite");
        audit(teacher, "class page with the one-time password");

        // the student signs in with it, must choose their own password, and lands on their assignments
        studentContext.close();
        BrowserContext againContext = phone(ColorScheme.LIGHT);
        Page again = againContext.newPage();
        again.navigate(app.url("/login"));
        audit(again, "/login");
        logIn(again, loginName, oneTimePassword);
        again.waitForURL("**/account/password");
        assertThat(again.locator("#one-time-notice")).isVisible();
        audit(again, "/account/password (one-time)");
        again.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true))
                .fill(oneTimePassword);
        again.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("river-stone-cloud");
        again.getByLabel("Repeat new password", new Page.GetByLabelOptions().setExact(true))
                .fill("river-stone-cloud");
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .tap();
        again.waitForURL(app.url("/assignments"));
        assertThat(again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My assignments")))
                .isVisible();
        audit(again, "/assignments after the password change");
        again.locator("#assignments a").first().tap();
        again.waitForURL(assignment);
        assertThat(again.locator("main")).containsText(MODULE_TITLE);
        againContext.close();

        // dark mode: the class page for the teacher, and the reader with feedback for the student (new password)
        BrowserContext darkTeacherContext = phone(ColorScheme.DARK);
        Page darkTeacher = darkTeacherContext.newPage();
        logIn(darkTeacher, "ada", "correct horse battery");
        darkTeacher.navigate(classUrl);
        assertThat(darkTeacher.locator("#roster")).containsText("María López");
        audit(darkTeacher, "class page (dark)");
        darkTeacherContext.close();

        BrowserContext darkStudentContext = phone(ColorScheme.DARK);
        Page darkStudent = darkStudentContext.newPage();
        logIn(darkStudent, loginName, "river-stone-cloud");
        darkStudent.navigate(app.url("/assignments"));
        assertThat(darkStudent.locator("#assignments")).containsText(MODULE_TITLE);
        audit(darkStudent, "/assignments (dark)");
        darkStudent.navigate(assignment + "/kyiv-accuses");
        assertThat(darkStudent.locator("#q-who-says-150-feedback")).containsText("Right!");
        audit(darkStudent, "reader with feedback (dark)");
        darkStudent.navigate(assignment + "/without-limits");
        assertThat(darkStudent.locator("#q-when-match-feedback")).containsText("Right!");
        audit(darkStudent, "reader: order, match with feedback (dark)");
        darkStudentContext.close();

        assertThat(audits).as("axe violations").isEmpty();
        teacherContext.close();
    }

    private BrowserContext phone(ColorScheme scheme) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 740)
                .setHasTouch(true)
                .setIsMobile(true)
                .setColorScheme(scheme));
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static void fillIn(Page page, String question, String field, String text) {
        Locator input = page.locator("#q-" + question + " " + field);
        input.tap();
        input.fill(text);
    }

    private static void tapChoice(Page page, String question, String element, String text) {
        page.locator("#q-" + question + " " + element)
                .filter(new Locator.FilterOptions().setHasText(text))
                .tap();
    }

    /** Taps Check and expects the verdict at once (the assignment gives feedback after each answer). */
    private static void check(Page page, String question, String state) {
        page.locator("#q-" + question + "-check").tap();
        assertThat(page.locator("#q-" + question + "-feedback")).hasAttribute("data-state", state);
    }

    /** Puts the rows in the wanted order by dragging each one up by its handle, with a finger. */
    private static void orderByDragging(BrowserContext context, Page page, String question, List<String> wanted) {
        Locator order = page.locator("#q-" + question);
        Locator texts = order.locator(".lectern-order-text");
        assertThat(texts).hasCount(wanted.size());
        CDPSession cdp = context.newCDPSession(page);
        for (int i = 0; i < wanted.size() - 1; i++) {
            int from = texts.allTextContents().indexOf(wanted.get(i));
            assertThat(from).as(wanted.get(i)).isGreaterThanOrEqualTo(i);
            if (from == i) {
                continue;
            }
            order.scrollIntoViewIfNeeded();
            BoundingBox handle =
                    order.locator(".lectern-order-handle").nth(from).boundingBox();
            BoundingBox target = order.locator(".lectern-order-item").nth(i).boundingBox();
            double x = handle.x + handle.width / 2;
            double start = handle.y + handle.height / 2;
            // above the middle of the row at the wanted place: the dragged row goes before it
            double end = target.y + target.height * 0.25;
            touch(cdp, "touchStart", x, start);
            for (int step = 1; step <= 10; step++) {
                touch(cdp, "touchMove", x, start + (end - start) * step / 10);
            }
            touch(cdp, "touchEnd", x, end);
            assertThat(texts.nth(i)).hasText(wanted.get(i));
            // the server re-rendered the list and announced the move: the drag is over
            assertThat(order.locator(".lectern-sr-only")).containsText("is now number " + (i + 1));
            assertThat(order.locator(".lectern-order-dragging")).hasCount(0);
        }
        assertThat(texts.allTextContents()).containsExactlyElementsOf(wanted);
        cdp.detach();
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

    private void logIn(Page page, String login, String password) {
        page.navigate(app.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().tap();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private void audit(Page page, String where) {
        page.locator("main").first().waitFor();
        Browsers.axeViolations(page).forEach(v -> audits.add(where + ": " + v));
    }
}
