package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.lti.AgsScopes;
import app.lectern.lti.LaunchClaims;
import app.lectern.lti.LtiRegistrations;
import app.lectern.lti.PlatformServices;
import app.lectern.lti.TestPlatform;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * LTI 1.3 in Chromium against the packaged app and the test platform: an administrator registers the platform on
 * the admin page; a teacher deep-links a module from the course (the platform checks Lectern's signed answer); the
 * teacher opens the resulting activity (class and assignment are made); a student launches it, lands on the
 * assignment, answers a question and submits, and the platform receives the score (AGS, through the outbox); the
 * teacher sees it sent on the grades page and syncs the course roster (NRPS). A launch from inside an iframe opens a
 * new tab and signs in there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiLaunchIT {

    private static final String MODULE = "china-russia-ukraine";

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private TestPlatform platform;
    private PlatformServices services;

    @BeforeAll
    void start() throws Exception {
        // scores go out within a second of a submit (the default looks every 30 s)
        app = new LecternProcess(
                        Files.createTempDirectory(Path.of("target"), "e2e-lti-"),
                        List.of("--lectern.lti-sync.interval=1s"),
                        Map.of())
                .start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        platform = new TestPlatform();
        platform.toolJwks(app.url("/lti/jwks"));
        // the platform's token, line item, score and membership endpoints check Lectern's signed client assertions
        services = new PlatformServices(
                JWKSet.load(URI.create(app.url("/lti/jwks")).toURL()), platform.clientId(), Clock.systemUTC());
        platform.tokenUrl(services.tokenUrl().toString());
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (services != null) {
            services.close();
        }
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

    private String course(String hint, boolean framed) {
        return platform.baseUrl() + "/course?tool=" + URLEncoder.encode(app.url("/lti/login"), StandardCharsets.UTF_8)
                + "&hint=" + hint + (framed ? "&frame=1" : "");
    }

    @Test
    void aTeacherDeepLinksAModuleAndAStudentLaunchesAnswersAndSubmits() throws Exception {
        // the first account, signed up on this machine, is the administrator
        BrowserContext adminContext = browser.newContext();
        Page admin = adminContext.newPage();
        admin.navigate(app.url("/signup"));
        admin.getByLabel("Your name").fill("Ada Admin");
        admin.getByLabel("Login name").fill("ada");
        admin.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("correct horse battery");
        admin.getByLabel("Repeat password").fill("correct horse battery");
        admin.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Create account"))
                .click();
        admin.waitForURL("**/teach");
        admin.locator("#admin-lti-link").click();
        admin.waitForURL("**/admin/lti");
        assertThat(admin.locator("#lti-tool-values")).containsText(app.url("/lti/jwks"));
        assertThat(admin.locator("#lti-tool-values")).containsText(app.url("/lti/login"));
        assertThat(admin.locator("#lti-tool-values")).containsText(app.url("/lti/launch"));
        LtiRegistrations.Form form = platform.form("Riverside test platform");
        admin.locator("#lti-name input").fill(form.name());
        admin.locator("#lti-issuer input").fill(form.issuer());
        admin.locator("#lti-client-id input").fill(form.clientId());
        admin.locator("#lti-deployments textarea").fill(form.deploymentIds());
        admin.locator("#lti-jwks input").fill("ftp://nope");
        admin.locator("#lti-authorization input").fill(form.authorizationEndpoint());
        admin.locator("#lti-token input").fill(form.tokenEndpoint());
        admin.locator("#lti-save").click();
        // a bad value is shown on its field; nothing is saved
        assertThat(admin.locator("#lti-jwks")).hasAttribute("invalid", "");
        assertThat(admin.locator("#lti-registrations")).not().containsText("Riverside test platform");
        admin.locator("#lti-jwks input").fill(form.platformJwks());
        admin.locator("#lti-save").click();
        assertThat(admin.locator("#lti-registrations")).containsText("Riverside test platform");
        assertThat(admin.locator("#lti-status")).containsText("is saved");
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/lti-admin.png"))
                .setFullPage(true));
        admin.setViewportSize(375, 800);
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/lti-admin-375.png"))
                .setFullPage(true));
        adminContext.close();

        // the teacher adds an activity from the course: deep linking
        String teacherSub = "teacher-" + UUID.randomUUID();
        String contextId = "course-" + UUID.randomUUID();
        Map<String, Object> context = Map.of("id", contextId, "title", "History 9B");
        platform.nextLaunch(
                nonce -> platform.claims(nonce, LaunchClaims.DEEP_LINKING, teacherSub, List.of(TestPlatform.INSTRUCTOR))
                        .claim(LaunchClaims.LTI + "context", context)
                        .claim("name", "Tom Teacher")
                        .build());
        BrowserContext teacherContext = browser.newContext();
        Page teacher = teacherContext.newPage();
        teacher.navigate(course("teacher", false));
        teacher.locator("#tool-link").click();
        teacher.waitForURL("**/lti/deep-link/**");
        assertThat(teacher.locator("h1")).containsText("Add a Lectern activity");
        teacher.locator("#lti-picker-title input").fill("Week 1 reading");
        teacher.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/lti-picker.png")));
        teacher.setViewportSize(375, 800);
        teacher.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/lti-picker-375.png")));
        teacher.locator("#lti-choose-" + MODULE).click();
        assertThat(teacher.locator("#platform-done")).containsText("Activity added");
        assertThat(platform.refusals()).isEmpty();
        assertThat(platform.contentItems()).hasSize(1);
        Map<String, Object> item = platform.contentItems().getFirst();
        assertThat(item).containsEntry("title", "Week 1 reading").containsEntry("url", app.url("/lti/launch"));
        Object custom = item.get("custom");
        assertThat(item).containsKey("lineItem");
        // as a platform does for a content item with a line item: the grade column, named in every launch of the link
        URI lineItem = services.lineItem("Week 1 reading");
        Map<String, Object> ags = Map.of(
                "scope",
                List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE),
                "lineitems",
                services.lineItemsUrl().toString(),
                "lineitem",
                lineItem.toString());
        Map<String, Object> nrps = Map.of(
                "context_memberships_url", services.membershipsUrl().toString(), "service_versions", List.of("2.0"));

        // the teacher opens the new activity: the class and the assignment are made, the gradebook opens
        String linkId = "link-" + UUID.randomUUID();
        platform.nextLaunch(nonce -> platform.claims(
                        nonce, LaunchClaims.RESOURCE_LINK, teacherSub, List.of(TestPlatform.INSTRUCTOR))
                .claim(LaunchClaims.LTI + "context", context)
                .claim(LaunchClaims.LTI + "resource_link", Map.of("id", linkId))
                .claim(LaunchClaims.LTI + "custom", custom)
                .claim(LaunchClaims.AGS_ENDPOINT, ags)
                .claim(LaunchClaims.NRPS, nrps)
                .build());
        teacher.navigate(course("teacher", false));
        teacher.locator("#tool-link").click();
        teacher.waitForURL("**/teach/assignments/*");
        String gradebookUrl = teacher.url().replaceAll("(/teach/assignments/\\d+).*", "$1");

        // a student launches the activity and lands on the assignment
        platform.nextLaunch(
                nonce -> platform.claims(nonce, LaunchClaims.RESOURCE_LINK, "student-1", List.of(TestPlatform.LEARNER))
                        .claim(LaunchClaims.LTI + "context", context)
                        .claim(LaunchClaims.LTI + "resource_link", Map.of("id", linkId))
                        .claim(LaunchClaims.LTI + "custom", custom)
                        .claim(LaunchClaims.AGS_ENDPOINT, ags)
                        .claim(LaunchClaims.NRPS, nrps)
                        .claim("name", "María López")
                        .build());
        BrowserContext studentContext = browser.newContext();
        Page student = studentContext.newPage();
        student.navigate(course("student", false));
        student.locator("#tool-link").click();
        student.waitForURL("**/assignments/*");
        String assignmentUrl = student.url().replaceAll("(/assignments/\\d+).*", "$1");
        student.navigate(assignmentUrl + "/kyiv-accuses");
        Locator question = student.locator("#q-who-says-150");
        question.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Officials in Kyiv"))
                .click();
        question.locator("#q-who-says-150-check").click();
        assertThat(question.locator("#q-who-says-150-feedback")).containsText("Right!");
        student.navigate(assignmentUrl + "/submit");
        student.locator("#submit-assignment").click();
        student.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Submit").setExact(true))
                .click();
        assertThat(student.locator("#submit-status")).containsText("You submitted this assignment");
        studentContext.close();

        // the platform receives María's score on the activity's grade column, for the user id it launched her with
        PlatformServices.Score score = awaitScore("student-1");
        assertThat(score.lineItem()).isEqualTo(lineItem.toString());
        assertThat(score.json().get("activityProgress").asString()).isEqualTo("Completed");
        assertThat(score.json().get("gradingProgress").asString()).isIn("FullyGraded", "PendingManual");
        assertThat(score.json().get("scoreGiven").asDouble()).isPositive();
        assertThat(score.json().get("scoreGiven").asDouble())
                .isLessThanOrEqualTo(score.json().get("scoreMaximum").asDouble());
        assertThat(services.refusals()).isEmpty();

        // the teacher sees it sent, then syncs the course roster: a learner who never launched gets a place
        teacher.navigate(gradebookUrl);
        teacher.locator("#lms-grades-link").click();
        teacher.waitForURL("**/lms-grades");
        Locator maria =
                teacher.locator("[id^=lms-grade-]").filter(new Locator.FilterOptions().setHasText("María López"));
        assertThat(maria).containsText("Sent");
        teacher.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/lti-grades-375.png"))
                .setFullPage(true));
        services.members(
                List.of(
                        PlatformServices.member("student-1", "María López", "Learner"),
                        PlatformServices.member("student-3", "Sam Lee", "Learner"),
                        PlatformServices.member(teacherSub, "Tom Teacher", "Instructor")),
                10);
        teacher.navigate(gradebookUrl);
        teacher.locator("#back-to-class").click();
        teacher.waitForURL("**/teach/classes/*");
        teacher.locator("#lms-roster-link").click();
        teacher.waitForURL("**/lms-roster");
        teacher.locator("#sync-roster").click();
        assertThat(teacher.locator("#sync-result"))
                .containsText("Added: 1. Already in the class: 1. Instructors (not enrolled): 1. Skipped: 0.");
        teacherContext.close();

        // launched inside the course page's iframe: a link opens the same login in a new tab, which signs in
        platform.nextLaunch(
                nonce -> platform.claims(nonce, LaunchClaims.RESOURCE_LINK, "student-2", List.of(TestPlatform.LEARNER))
                        .claim(LaunchClaims.LTI + "context", context)
                        .claim(LaunchClaims.LTI + "resource_link", Map.of("id", linkId))
                        .claim(LaunchClaims.LTI + "custom", custom)
                        .build());
        BrowserContext framedContext = browser.newContext();
        Page framed = framedContext.newPage();
        framed.navigate(course("student2", true));
        Locator open = framed.frameLocator("#tool-frame").locator("#lti-new-tab");
        assertThat(open).containsText("Open Lectern in a new tab");
        framed.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/lti-iframe.png")));
        Page tab = framedContext.waitForPage(open::click);
        tab.waitForURL("**/assignments/*");
        assertThat(tab.locator("#section-title")).isVisible();
        framedContext.close();
    }

    /** The first score the platform received for this user, waiting for the outbox's sender (up to a minute). */
    private PlatformServices.Score awaitScore(String userId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (PlatformServices.Score score : services.scores()) {
                if (userId.equals(score.json().get("userId").asString())) {
                    return score;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no score for " + userId + " reached the platform; refusals: " + services.refusals());
    }
}
