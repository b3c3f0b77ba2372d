package app.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.gradebook.GradebookRow;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The teacher's gradebook page, rendered without a browser, per role. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class GradebookViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef maria;
    SchoolClass schoolClass;
    Assignment assignment;

    @BeforeEach
    void aClassWithWork() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneId.of("Europe/Berlin"));
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), schoolClass.zone());
        assignment = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        "china-russia-ukraine",
                        "The fighters",
                        now.minusHours(1),
                        now.plusDays(7),
                        2,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        true));
        maria = users.student("Maria Lopez");
        users.signIn(maria);
        classroom.joinWithCode(schoolClass.joinCode());
        attempts.answer(assignment.id(), "captured-count", new NumericAnswer(2.0));
        attempts.answer(assignment.id(), "who-says-150", new SingleAnswer("a"));
        attempts.submit(assignment.id());
        users.signIn(users.student("Ben Idle"));
        classroom.joinWithCode(schoolClass.joinCode());
        users.signIn(teacher);
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theTeacherSeesTheGridTheChartAndTheDownload() {
        navigate(ClassView.class, Map.of("classId", String.valueOf(schoolClass.id())));
        test($(RouterLink.class).id("gradebook-link-" + assignment.id())).click();

        assertThat(getCurrentView()).isInstanceOf(GradebookView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("The fighters");
        String summary =
                $(DescriptionList.class).id("summary-numbers").getElement().getTextRecursively();
        assertThat(summary).contains("Students", "2", "Submitted", "1", "Class average");

        @SuppressWarnings("unchecked")
        Grid<GradebookRow> grid = $(Grid.class).id("gradebook-grid");
        GridTester<Grid<GradebookRow>, GradebookRow> rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getRow(0).displayName()).isEqualTo("Ben Idle");
        assertThat(rows.getRow(1).displayName()).isEqualTo("Maria Lopez");
        int captured = rows.getColumnPosition("q-captured-count");
        int who = rows.getColumnPosition("q-who-says-150");
        assertThat(rows.getCellText(1, captured)).isEqualTo("1/1");
        assertThat(rows.getCellText(1, who)).isEqualTo("0/1");
        assertThat(rows.getCellText(0, captured)).isEqualTo("–");
        assertThat(grid.getColumnByKey("name").isFrozen()).isTrue();
        RouterLink work = (RouterLink) rows.getCellComponent(1, "name");
        assertThat(work.getHref()).isEqualTo("teach/assignments/" + assignment.id() + "/students/" + maria.id());
        rows.sortByColumn("score", SortDirection.DESCENDING);
        assertThat(rows.getRow(0).displayName()).isEqualTo("Maria Lopez");

        String chart = $(Svg.class).id("score-chart").getElement().toString();
        assertThat(chart).contains("role=\"img\"", "aria-label=\"Score distribution of 1 student who answered");
        NativeTable numbers = $(NativeTable.class).id("score-table");
        assertThat(numbers.getElement().getTextRecursively()).contains("0–10 %");

        Anchor download = $(Anchor.class).id("csv-download");
        assertThat(download.getText()).isEqualTo("Download CSV");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat($(RouterLink.class).id("review-link").getHref())
                .isEqualTo("teach/assignments/" + assignment.id() + "/review");

        NativeTableRow item = $(NativeTableRow.class).id("item-who-says-150");
        assertThat(item.getElement().getTextRecursively()).contains("a) China's government (1 student)");
        assertThat($(NativeTable.class).id("class-skills").getElement().getTextRecursively())
                .contains("Recall", "Sourcing");
    }

    @Test
    void theTeacherCanShareTheStudentsLinkToGoogleClassroomInANewTab() {
        navigate("teach/assignments/" + assignment.id(), GradebookView.class);

        Anchor share = $(Anchor.class).id("share-classroom");
        String href = share.getHref();
        assertThat(href).startsWith("https://classroom.google.com/share?url=http");
        String link = java.net.URLDecoder.decode(
                href.substring(href.indexOf("url=") + 4, href.indexOf("&title=")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(link)
                .as("the address students open the assignment by, absolute")
                .matches("https?://[^/]+(:\\d+)?/assignments/" + assignment.id());
        assertThat(href).endsWith("&title=The%20fighters");
        assertThat(share.getText()).isEqualTo("Share to Google Classroom");
        assertThat(share.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(share.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(share.getElement().getAttribute("aria-label"))
                .startsWith(share.getText())
                .contains("new tab");
        assertThat(getCurrentView().getElement().toString())
                .as("a link, not Google's script")
                .doesNotContain("<script")
                .doesNotContain("apis.google.com");
    }

    @Test
    void studentsPagesOfferNoSharingAndNothingFromGoogle() {
        users.signIn(maria);

        navigate(MyAssignmentsView.class);
        String assignments = getCurrentView().getElement().toString();
        navigate("assignments/" + assignment.id(), AssignmentReaderView.class);
        String reader = getCurrentView().getElement().toString();

        assertThat(assignments).contains("The fighters").doesNotContain("google");
        assertThat(reader).doesNotContain("google");
        assertThat($(Anchor.class).withId("share-classroom").all()).isEmpty();
    }

    @Test
    void anotherTeacherAndAGuessedIdGetTheSameNotFound() {
        users.signIn(users.teacher("Mr Okafor"));

        navigate("teach/assignments/" + assignment.id(), NotFoundView.class);
        String foreign = getCurrentView().getElement().getTextRecursively();
        navigate("teach/assignments/" + (assignment.id() + 999), NotFoundView.class);
        String unknown = getCurrentView().getElement().getTextRecursively();
        navigate("teach/assignments/not-a-number", NotFoundView.class);

        assertThat(foreign).isEqualTo(unknown).contains("This assignment does not exist, or it is not yours");
        assertThat(foreign).doesNotContain("The fighters").doesNotContain("Maria Lopez");
    }

    @Test
    void aStudentIsKeptOut() {
        users.signIn(maria);

        com.vaadin.flow.component.UI.getCurrent().navigate("teach/assignments/" + assignment.id());

        assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .doesNotContain("Ben Idle")
                .doesNotContain("Download CSV");
    }
}
