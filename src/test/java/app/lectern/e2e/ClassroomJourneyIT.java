package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A teacher signs up, creates a class and assigns the module; a student joins with the code, signs in, finds the
 * assignment, answers, signs out and back in, resumes where they were and submits; the teacher sees the score in
 * the gradebook and in the downloaded CSV. Every page on the way is audited with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomJourneyIT {

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;
    private final List<String> audits = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-class-")).start();
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
    void aTeacherAssignsTheModuleAndAStudentWhoJoinedByCodeFindsIt() throws Exception {
        BrowserContext teacherContext = browser.newContext();
        Page teacher = teacherContext.newPage();
        teacher.navigate(app.url("/signup"));
        audit(teacher, "/signup");
        teacher.getByLabel("Your name").fill("Ada Rivera");
        teacher.getByLabel("Login name").fill("ada");
        teacher.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("correct horse battery");
        teacher.getByLabel("Repeat password").fill("correct horse battery");
        teacher.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Create account"))
                .click();
        // a new account is signed in at once and a teacher lands on their classes
        teacher.waitForURL("**/teach");
        audit(teacher, "/teach");
        teacher.locator("#class-name input").fill("Period 3");
        teacher.locator("#create-class").click();
        // creating a class opens it
        teacher.waitForURL("**/teach/classes/*");
        String code = teacher.locator("#join-code").textContent().strip();
        assertThat(code).matches("[A-Z2-9]{8}");
        audit(teacher, "class page");

        teacher.locator("#assign-link").click();
        teacher.waitForURL("**/assign");
        audit(teacher, "assign page");
        // two modules ship, so the teacher picks one
        teacher.locator("#module").click();
        teacher.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("China's role in Russia's war on Ukraine"))
                .click();
        teacher.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Assign"))
                .first()
                .click();
        assertThat(teacher.locator("body")).containsText("China's role in Russia's war on Ukraine");

        BrowserContext studentContext = browser.newContext();
        Page student = studentContext.newPage();
        student.navigate(app.url("/join"));
        audit(student, "/join");
        student.getByLabel("Class code").fill(code.toLowerCase());
        student.getByLabel("Your name").fill("María López");
        student.getByLabel("Choose a password").fill("owl-lemon-kite");
        student.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Join"))
                .click();
        String loginName = student.locator("#login-name").textContent().strip();
        assertThat(loginName).startsWith("maria-");

        // joining signed the student in
        student.navigate(app.url("/assignments"));
        assertThat(student.locator("#assignments")).containsText("China's role in Russia's war on Ukraine");
        audit(student, "/assignments");

        // the student answers, signs out, signs back in and finds the work where they left it
        student.locator("#assignments a").first().click();
        student.waitForURL("**/assignments/*");
        String assignmentUrl = student.url();
        student.navigate(assignmentUrl + "/kyiv-accuses");
        Locator question = student.locator("#q-who-says-150");
        question.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Officials in Kyiv"))
                .click();
        question.locator("#q-who-says-150-check").click();
        assertThat(question.locator("#q-who-says-150-feedback")).containsText("Right!");
        audit(student, "assignment reader with feedback");
        student.locator("#logout-button").click();
        student.waitForURL(app.url("/"));
        student.navigate(assignmentUrl);
        student.waitForURL("**/login**");

        logIn(student, loginName, "owl-lemon-kite");
        student.navigate(app.url("/assignments"));
        student.locator("#assignments a").first().click();
        // the assignment resumes at the first question not answered yet; the answer given is kept
        assertThat(student.locator("#section-title")).isVisible();
        student.navigate(assignmentUrl + "/kyiv-accuses");
        assertThat(student.locator("#q-who-says-150-feedback")).containsText("Right!");

        student.navigate(assignmentUrl + "/submit");
        assertThat(student.locator("#answered-count")).containsText("You answered 1 of");
        audit(student, "submit page");
        student.locator("#submit-assignment").click();
        student.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Submit").setExact(true))
                .click();
        assertThat(student.locator("#submit-status")).containsText("You submitted this assignment");
        assertThat(student.locator("#assignment-score")).containsText("Your score: 1 of");
        // the confirm dialog closes with an animation; axe must see the page, not the closing overlay
        assertThat(student.locator("vaadin-confirm-dialog[opened], [closing]")).hasCount(0);
        audit(student, "submitted assignment");

        // the teacher finds the score in the gradebook and in the CSV export
        teacher.navigate(app.url("/teach"));
        teacher.locator("[id^=class-] a")
                .filter(new Locator.FilterOptions().setHasText("Period 3"))
                .click();
        teacher.locator("[id^=gradebook-link-]").first().click();
        teacher.waitForURL("**/teach/assignments/*");
        Locator grid = teacher.locator("#gradebook-grid");
        assertThat(grid).containsText("María López");
        audit(teacher, "gradebook");
        Download download =
                teacher.waitForDownload(() -> teacher.locator("#csv-download").click());
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.parse(in).getRecords();
        }
        List<String> header = records.getFirst().toList();
        CSVRecord maria = records.stream()
                .filter(r -> r.get(0).equals("María López"))
                .findFirst()
                .orElseThrow();
        int points = header.indexOf("Points");
        assertThat(points).as("a Points column in " + header).isPositive();
        assertThat(maria.get(points)).isEqualTo("1");
        assertThat(download.suggestedFilename()).endsWith("-gradebook.csv");

        teacher.locator("#review-link").click();
        teacher.waitForURL("**/review");
        audit(teacher, "grading queue");
        teacher.goBack();
        teacher.locator("#gradebook-grid a")
                .filter(new Locator.FilterOptions().setHasText("María López"))
                .click();
        teacher.waitForURL("**/students/*");
        assertThat(teacher.locator("main")).containsText("María López");
        audit(teacher, "one student's work");

        // "My data" for both, and the admin's account page (the first account of an installation is the admin)
        student.navigate(app.url("/my-data"));
        assertThat(student.locator("#my-data-download")).isVisible();
        audit(student, "/my-data (student)");
        teacher.navigate(app.url("/my-data"));
        audit(teacher, "/my-data (teacher and admin)");
        teacher.locator("#admin-accounts-link").click();
        teacher.waitForURL("**/admin/accounts");
        audit(teacher, "/admin/accounts");
        teacher.locator("#account-query input").fill("María");
        teacher.locator("#account-search").click();
        Locator card = teacher.locator("section.lectern-account-card");
        assertThat(card).containsText(loginName);
        assertThat(card).containsText("Period 3");
        audit(teacher, "/admin/accounts with a student found");

        assertThat(audits).as("axe violations").isEmpty();
        studentContext.close();
        teacherContext.close();
    }

    private void logIn(Page page, String login, String password) {
        page.navigate(app.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        // back to the page that asked for the sign-in, or the start page
        page.waitForURL(url -> !url.contains("/login"));
    }

    private void audit(Page page, String where) {
        page.locator("main").first().waitFor();
        Browsers.axeViolations(page).forEach(v -> audits.add(where + ": " + v));
    }
}
