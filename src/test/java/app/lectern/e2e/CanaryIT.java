package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The canary test: the packaged jar serves only the canary module ({@link CanaryKey}); real Chromium records every
 * response body (UIDL JSON, HTML, scripts) and, after every step, the DOM, and no canary may appear before the
 * question it belongs to is submitted (its picked option's feedback) or settled (everything else). In an assignment
 * whose feedback comes after the due date no canary may appear at all. Forged clicks on a Check button the server
 * hid, and a value for an option that does not exist, change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryIT {

    private static final String MODULE = "/modules/" + CanaryKey.MODULE;
    private static final Pattern ANSWERED = Pattern.compile("right|wrong|partial|pending|saved");

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-canary-");
        app = new LecternProcess(data, List.of("--lectern.content-dir=" + CanaryKey.CONTENT.toAbsolutePath()), Map.of())
                .start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        // the machine running the build may be busy; a slow answer is not a leak
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
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

    /** Everything one page receives: each response body as it arrives, and the DOM at every check. */
    private static final class Recorder {

        private final Page page;
        private final Set<String> allowed = new HashSet<>();
        private final Map<String, String> seen = new LinkedHashMap<>();
        private final List<String> unreadable = new ArrayList<>();
        private String step = "start";
        private int responses;
        private int uidlResponses;
        private long bytes;
        private int checks;

        Recorder(Page page) {
            this.page = page;
            // Every response passes through the recorder before the page gets it: a body read from the page's own
            // events is gone once the page navigates away, and a UIDL reply answered just before a navigation was
            // then unreadable (seen in a clean-clone run on a loaded machine).
            page.route("**/*", this::record);
        }

        private void record(Route route) {
            APIResponse response;
            try {
                response = fetch(route);
            } catch (PlaywrightException e) {
                unreadable.add(route.request().url() + ": " + e.getMessage());
                try {
                    route.abort();
                } catch (PlaywrightException closed) {
                    // the page is gone; nothing waits for this request any more
                }
                return;
            }
            byte[] body = response.body();
            route.fulfill(new Route.FulfillOptions().setResponse(response));
            int status = response.status();
            if (status >= 300 && status < 400) {
                return; // a redirect has no body; its target is recorded
            }
            responses++;
            bytes += body.length;
            if (response.url().contains("v-r=uidl")) {
                uidlResponses++;
            }
            scan("response " + response.url(), new String(body, StandardCharsets.UTF_8));
        }

        /**
         * Fetches what the browser asked for. A GET is tried a second time when the connection drops (a reused
         * keep-alive connection the server had just closed: "socket hang up"); it asks for the same thing again, so
         * the body is still read and scanned. Other requests are never repeated.
         */
        private APIResponse fetch(Route route) {
            try {
                return route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            } catch (PlaywrightException e) {
                if (!"GET".equals(route.request().method())) {
                    throw e;
                }
                return route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            }
        }

        private void scan(String where, String text) {
            for (String canary : CanaryKey.all()) {
                if (text.contains(canary)) {
                    seen.putIfAbsent(canary, where + " (" + step + ")");
                }
            }
        }

        void allow(Collection<String> canaries) {
            allowed.addAll(canaries);
        }

        /** After a step: waits for the server, reads the DOM, and fails on any canary that is not allowed yet. */
        void check(String after) {
            waitForVaadin(page);
            scan("DOM", page.content());
            checks++;
            Map<String, String> early = new LinkedHashMap<>(seen);
            early.keySet().removeAll(allowed);
            assertThat(early).as("canaries in the browser after: " + after).isEmpty();
            assertThat(unreadable).as("response bodies that could not be read").isEmpty();
            step = "after " + after;
        }

        /** A positive control: the canary did reach the browser once it was allowed, so the search works. */
        void assertSeen(String canary) {
            assertThat(seen).as("released canaries").containsKey(canary);
        }

        String numbers() {
            return checks + " checks, " + responses + " responses (" + uidlResponses + " UIDL), " + bytes
                    + " bytes, canaries seen once allowed: " + seen.size();
        }
    }

    @Test
    void selfStudyShowsNoCanaryBeforeItsQuestionIsAnswered() {
        BrowserContext context = newContext();
        Page page = context.newPage();
        Recorder rec = new Recorder(page);

        page.navigate(app.url("/"));
        assertThat(page.locator("body")).containsText("Canary module");
        rec.check("the library");
        for (String section : CanaryKey.SECTIONS.keySet()) {
            open(page, MODULE + "/" + section);
            rec.check("opening " + section + " before answering anything");
        }

        open(page, MODULE + "/choices");
        radio(card(page, "pick-one"), "Kites");
        assertThat(answer(rec, page, "pick-one", "a")).isFalse();
        rec.assertSeen(CanaryKey.optionFeedback("pick-one", "a"));
        tryAgain(rec, page, "pick-one");
        radio(card(page, "pick-one"), "Marbles");
        assertThat(answer(rec, page, "pick-one", "c")).isTrue();
        rec.assertSeen("CANARY-EXPL-pick-one");
        rec.assertSeen(CanaryKey.optionFeedback("pick-one", "c"));
        card(page, "pick-one").getByText("Show in the article").click();
        assertThat(page.locator("mark.lectern-evidence").first()).isVisible();
        rec.check("showing the evidence of pick-one");
        rec.assertSeen("CANARY-EVQ-pick-one");

        check(card(page, "pick-many"), "Boats");
        assertThat(answer(rec, page, "pick-many", "a")).isFalse();
        tryAgain(rec, page, "pick-many");
        check(card(page, "pick-many"), "Boats");
        check(card(page, "pick-many"), "Kites");
        check(card(page, "pick-many"), "Owls");
        assertThat(answer(rec, page, "pick-many", "b", "d")).isTrue();
        rec.assertSeen("CANARY-EXPL-pick-many");

        radio(card(page, "true-or-false"), "False");
        assertThat(answer(rec, page, "true-or-false"))
                .as("a true-false item has no second try: guessing does not pay")
                .isTrue();
        rec.assertSeen("CANARY-EXPL-true-or-false");

        open(page, MODULE + "/typing");
        rec.check("opening typing");
        card(page, "type-word").locator("input").fill("plainly wrong");
        answerUntilSettled(rec, page, "type-word", 3);
        rec.assertSeen("Zorblequint");
        card(page, "type-number").locator("input").fill("1");
        answerUntilSettled(rec, page, "type-number", 3);
        rec.assertSeen("86420.97531");
        card(page, "fill-blanks").locator("input").nth(0).fill("wrong");
        card(page, "fill-blanks").locator("input").nth(1).fill("also wrong");
        answerUntilSettled(rec, page, "fill-blanks", 3);
        rec.assertSeen("Quorvathine");
        rec.assertSeen("Plimbersnatch");
        card(page, "write-essay").locator("textarea").fill("Canaries sing in mines.");
        answerUntilSettled(rec, page, "write-essay", 1);
        rec.assertSeen("CANARY-MODEL-write-essay");

        open(page, MODULE + "/arranging");
        rec.check("opening arranging");
        page.locator("details.timeline summary").click();
        rec.check("opening the timeline while the ordering question is open");
        // the order is shown shuffled, fixed per learner, and may be the key's: if it is, one move makes it wrong
        Locator order = card(page, "put-in-order");
        if (order.locator(".lectern-order-text").allTextContents().equals(CanaryKey.ORDER_TEXTS)) {
            order.locator("vaadin-button[aria-label=\"Move 'The first event' down\"]")
                    .click();
            rec.check("moving an item of put-in-order");
        }
        answerUntilSettled(rec, page, "put-in-order", 3);
        select(page, card(page, "match-up"), 0, "Quacks");
        select(page, card(page, "match-up"), 1, "Quacks");
        answerUntilSettled(rec, page, "match-up", 3);
        radio(card(page, "sort-out").locator("vaadin-radio-group").nth(0), "Fruit");
        radio(card(page, "sort-out").locator("vaadin-radio-group").nth(1), "Fruit");
        answerUntilSettled(rec, page, "sort-out", 3);
        rec.assertSeen("CANARY-EXPL-sort-out");
        open(page, MODULE + "/arranging");
        rec.check("reopening arranging with the ordering question settled");
        // the timeline's events are built on the server when the learner first opens it
        page.locator("details.timeline summary").click();
        // the toggle reaches the server a moment after the click: wait for the events it sends back
        page.locator("details.timeline .timeline-event").first().waitFor();
        rec.check("opening the timeline with the ordering question settled");
        rec.assertSeen("CANARY-TIMELINE-1");

        open(page, MODULE + "/sentences");
        rec.check("opening sentences");
        check(card(page, "find-sentence"), "Dogs guard the house.");
        assertThat(answer(rec, page, "find-sentence")).isTrue();

        rec.check("before the results page");
        page.navigate(app.url(MODULE + "/results"));
        page.locator("main").first().waitFor();
        rec.check("the results page");
        for (String never : CanaryKey.NEVER) {
            assertThat(rec.seen).as("hints not taken and rubrics").doesNotContainKey(never);
        }
        assertThat(rec.seen)
                .as("the second accepted text is never the key shown")
                .doesNotContainKey("Vexmorantil");
        System.out.println("CanaryIT self-study: " + rec.numbers());
        context.close();
    }

    @Test
    void anAssignmentWithFeedbackAfterTheDueDateShowsNoCanaryAtAll() {
        BrowserContext teacherContext = newContext();
        Page teacher = teacherContext.newPage();
        teacher.navigate(app.url("/signup"));
        teacher.getByLabel("Your name").fill("Tess Canary");
        teacher.getByLabel("Login name").fill("tess");
        teacher.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("correct horse battery");
        teacher.getByLabel("Repeat password").fill("correct horse battery");
        button(teacher, "Create account").click();
        // a new account is signed in at once and a teacher lands on their classes
        teacher.waitForURL("**/teach");
        teacher.locator("#class-name input").fill("Canary class");
        teacher.locator("#create-class").click();
        // creating a class opens it
        teacher.waitForURL("**/teach/classes/*");
        String code = teacher.locator("#join-code").textContent().strip();
        teacher.locator("#assign-link").click();
        teacher.waitForURL("**/assign");
        radio(teacher.locator("#feedback"), "After the due date");
        teacher.locator("#assign").click();
        assertThat(teacher.locator("body")).containsText("Canary module");

        BrowserContext studentContext = newContext();
        Page student = studentContext.newPage();
        Recorder rec = new Recorder(student);
        student.navigate(app.url("/join"));
        rec.check("the join page");
        student.getByLabel("Class code").fill(code);
        student.getByLabel("Your name").fill("Cam Student");
        student.getByLabel("Choose a password").fill("owl-lemon-kite");
        button(student, "Join").click();
        assertThat(student.locator("#login-name")).isVisible();
        // joining signed the student in
        rec.check("joining the class");
        student.navigate(app.url("/assignments"));
        assertThat(student.locator("#assignments")).containsText("Canary module");
        rec.check("my assignments");
        student.locator("#assignments a").first().click();
        student.waitForURL("**/assignments/*");
        String assignment = student.url().replaceAll("(/assignments/\\d+).*", "$1");
        rec.check("opening the assignment");

        student.navigate(assignment + "/choices");
        rec.check("opening choices");
        radio(card(student, "pick-one"), "Marbles");
        saved(rec, student, "pick-one");
        check(card(student, "pick-many"), "Kites");
        check(card(student, "pick-many"), "Owls");
        saved(rec, student, "pick-many");
        radio(card(student, "true-or-false"), "True");
        saved(rec, student, "true-or-false");
        // changing an answer while feedback is withheld
        card(student, "pick-one")
                .locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Change my answer"))
                .click();
        radio(card(student, "pick-one"), "Kites");
        saved(rec, student, "pick-one");

        student.navigate(assignment + "/typing");
        rec.check("opening typing");
        card(student, "type-word").locator("input").fill("plainly wrong");
        saved(rec, student, "type-word");
        card(student, "type-number").locator("input").fill("1");
        saved(rec, student, "type-number");
        card(student, "fill-blanks").locator("input").nth(0).fill("wrong");
        card(student, "fill-blanks").locator("input").nth(1).fill("also wrong");
        saved(rec, student, "fill-blanks");
        card(student, "write-essay").locator("textarea").fill("Canaries sing in mines.");
        saved(rec, student, "write-essay");

        student.navigate(assignment + "/arranging");
        rec.check("opening arranging");
        saved(rec, student, "put-in-order");
        select(student, card(student, "match-up"), 0, "Barks");
        select(student, card(student, "match-up"), 1, "Meows");
        saved(rec, student, "match-up");
        radio(card(student, "sort-out").locator("vaadin-radio-group").nth(0), "Fruit");
        radio(card(student, "sort-out").locator("vaadin-radio-group").nth(1), "Tool");
        saved(rec, student, "sort-out");

        student.navigate(assignment + "/sentences");
        rec.check("opening sentences");
        check(card(student, "find-sentence"), "Dogs guard the house.");
        saved(rec, student, "find-sentence");

        student.navigate(assignment + "/submit");
        rec.check("the submit page");
        student.locator("#submit-assignment").click();
        student.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Submit").setExact(true))
                .click();
        assertThat(student.locator("#submit-status")).containsText("You submitted this assignment");
        rec.check("submitting");
        for (String section : CanaryKey.SECTIONS.keySet()) {
            student.navigate(assignment + "/" + section);
            assertThat(student.locator("#section-title")).isVisible();
            rec.check("reopening " + section + " after submitting");
        }
        student.navigate(app.url("/assignments"));
        rec.check("my assignments after submitting");
        assertThat(rec.seen)
                .as("canaries while feedback waits for the due date")
                .isEmpty();
        System.out.println("CanaryIT assignment: " + rec.numbers());
        studentContext.close();
        teacherContext.close();
    }

    @Test
    void forgedClicksOnAHiddenCheckAndOptionsThatDoNotExistChangeNothing() {
        BrowserContext context = newContext();
        Page page = context.newPage();
        Recorder rec = new Recorder(page);
        List<String> clicksSent = new ArrayList<>();
        page.onRequest(r -> {
            if (r.url().contains("v-r=uidl")
                    && r.postData() != null
                    && r.postData().contains("\"click\"")) {
                clicksSent.add(r.postData());
            }
        });
        open(page, MODULE + "/choices");
        rec.check("opening choices");

        // a value the server never offered: the radio group's key "999" maps to no option
        page.evaluate("document.querySelector('#q-pick-one vaadin-radio-group').value = '999'");
        page.locator("#q-pick-one-check").click();
        assertThat(page.locator("#q-pick-one-feedback")).containsText("Answer the question first");
        page.evaluate("document.querySelector('#q-pick-many vaadin-checkbox-group').value = ['998', '999']");
        page.locator("#q-pick-many-check").click();
        assertThat(page.locator("#q-pick-many-feedback")).containsText("Answer the question first");
        rec.check("checking options that do not exist");

        // a wrong answer hides Check until "Try again"; a script shows and clicks it anyway
        radio(card(page, "pick-one"), "Kites");
        assertThat(answer(rec, page, "pick-one", "a")).isFalse();
        Locator feedback = page.locator("#q-pick-one-feedback");
        assertThat(feedback).containsText("You have 2 more tries.");
        assertThat(page.locator("#q-pick-one-check")).isHidden();
        int before = clicksSent.size();
        forceClick(page, "q-pick-one-check");
        rec.check("a forged click on a hidden Check");
        assertThat(clicksSent).as("the browser sent the forged click").hasSizeGreaterThan(before);
        assertThat(feedback).containsText("You have 2 more tries.");

        // a settled question: the forged click neither grades again nor says "already answered"
        radio(card(page, "true-or-false"), "True");
        assertThat(answer(rec, page, "true-or-false")).isTrue();
        before = clicksSent.size();
        forceClick(page, "q-true-or-false-check");
        rec.check("a forged click on a settled question's Check");
        assertThat(clicksSent).hasSizeGreaterThan(before);
        assertThat(page.locator("#q-true-or-false-feedback")).containsText("Right!");
        assertThat(page.locator("#q-true-or-false-feedback")).not().containsText("already");

        // what was stored: one try of pick-one, one of true-or-false, nothing for pick-many
        page.reload();
        assertThat(page.locator("#q-pick-one-feedback")).containsText("You have 2 more tries.");
        assertThat(page.locator("#q-true-or-false-feedback")).containsText("Right!");
        assertThat(page.locator("#q-true-or-false-feedback")).containsText("scored 1 of 1");
        assertThat(page.locator("#q-pick-many-feedback")).not().hasAttribute("data-state", ANSWERED);
        rec.check("reloading");
        context.close();
    }

    // ---- steps ----

    private BrowserContext newContext() {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(30_000);
        return context;
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private void open(Page page, String path) {
        page.navigate(app.url(path));
        assertThat(page.locator("#section-title")).isVisible();
    }

    private static Locator card(Page page, String questionId) {
        return page.locator("#q-" + questionId);
    }

    private static void radio(Locator scope, String text) {
        scope.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private static void check(Locator scope, String text) {
        scope.locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private static void select(Page page, Locator scope, int index, String text) {
        Locator select = scope.locator("vaadin-select").nth(index);
        select.click();
        // the option of THIS select: another select's closing overlay may still show the same text
        Locator own = select.getByRole(
                AriaRole.OPTION, new Locator.GetByRoleOptions().setName(text).setExact(true));
        if (own.count() > 0) {
            own.click();
        } else {
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(text).setExact(true))
                    .last()
                    .click();
        }
        waitForVaadin(page);
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Clicks Check, waits for the verdict and checks; returns whether the question is settled. */
    private static boolean submit(Page page, String questionId) {
        page.locator("#q-" + questionId + "-check").click();
        Locator feedback = page.locator("#q-" + questionId + "-feedback");
        assertThat(feedback).hasAttribute("data-state", ANSWERED);
        waitForVaadin(page);
        return feedback.locator("vaadin-button")
                        .filter(new Locator.FilterOptions().setHasText("Try again"))
                        .count()
                == 0;
    }

    /**
     * Submits in self-study: the picked options' feedback is allowed now, everything else of the question once it
     * is settled. Returns whether it is settled.
     */
    private static boolean answer(Recorder rec, Page page, String questionId, String... pickedOptions) {
        boolean settled = submit(page, questionId);
        for (String option : pickedOptions) {
            rec.allow(List.of(CanaryKey.optionFeedback(questionId, option)));
        }
        if (settled) {
            rec.allow(CanaryKey.releasedWhenSettled(questionId));
        }
        rec.check("answering " + questionId + (settled ? " (settled)" : " (tries left)"));
        return settled;
    }

    /** Submits the same answer until no try is left, checking after each. */
    private static void answerUntilSettled(Recorder rec, Page page, String questionId, int tries) {
        for (int i = 1; i <= tries; i++) {
            boolean settled = answer(rec, page, questionId);
            assertThat(settled).as(questionId + " settled after try " + i).isEqualTo(i == tries);
            if (!settled) {
                tryAgain(rec, page, questionId);
            }
        }
    }

    private static void tryAgain(Recorder rec, Page page, String questionId) {
        page.locator("#q-" + questionId + "-feedback vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Try again"))
                .click();
        assertThat(page.locator("#q-" + questionId + "-check")).isVisible();
        rec.check("try again on " + questionId);
    }

    /** Submits in an assignment whose feedback is withheld: only "Answer saved", and no canary is allowed. */
    private static void saved(Recorder rec, Page page, String questionId) {
        page.locator("#q-" + questionId + "-check").click();
        assertThat(page.locator("#q-" + questionId + "-feedback")).hasAttribute("data-state", "saved");
        rec.check("answering " + questionId + " in the assignment");
    }

    /** What a hostile script can do: show the button the server hid and click it. */
    private static void forceClick(Page page, String id) {
        page.evaluate(
                // Check disables itself on click (double-click guard): a forger re-enables it too
                "id => { const b = document.getElementById(id); b.removeAttribute('hidden');"
                        + " b.disabled = false; b.removeAttribute('disabled');"
                        + " b.style.display = 'inline-block'; b.click(); }",
                id);
        waitForVaadin(page);
    }
}
