package app.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.account.ui.LoginView;
import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.attempt.StudentWork;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The grading queue and one student's work, rendered without a browser, per role. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class ReviewViewsTest extends SpringBrowserlessTest {

    private static final String ESSAY = "peacemaker-essay";
    private static final String HOSTILE = "<img src=x onerror=alert(1)> China says it is neutral.";

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef maria;
    UserRef ben;
    Assignment assignment;

    @BeforeEach
    void twoStudentsAnswerTheEssay() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assignment = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        "china-russia-ukraine",
                        "",
                        now.minusHours(1),
                        now.plusDays(7),
                        1,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        false));
        maria = users.student("Maria Lopez");
        ben = users.student("Ben Idle");
        for (UserRef s : new UserRef[] {maria, ben}) {
            users.signIn(s);
            classroom.joinWithCode(schoolClass.joinCode());
            attempts.answer(assignment.id(), ESSAY, new OpenAnswer(HOSTILE + " (" + s.displayName() + ")"));
        }
        users.signIn(maria);
        attempts.answer(assignment.id(), "who-says-150", new SingleAnswer("a"));
        users.signIn(teacher);
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theTeacherGradesOneAnswerAfterTheOtherAndTheStudentSeesTheComment() {
        navigate(ReviewQueueView.class, Map.of("assignmentId", String.valueOf(assignment.id())));

        assertThat($(Paragraph.class).id("review-count").getText()).contains("2 answers");
        assertThat($(Article.class).all()).hasSize(2);
        Article first = $(Article.class).first();
        assertThat(first.getElement().getTextRecursively()).contains("Ben Idle", "Could China persuade Kyiv");
        Div answer = $(Div.class).withClassName("review-answer").first();
        assertThat(answer.getElement().getText()).as("shown as text").startsWith("<img src=x");
        assertThat(answer.getElement().getProperty("innerHTML")).isNull();
        RadioButtonGroup<?> points = $(RadioButtonGroup.class).first();
        assertThat(points.getLabel()).isEqualTo("Points for this answer");

        test($(Button.class).withText("Save and next").first()).click();
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage()).isEqualTo("Choose the points for this answer.");
        assertThat($(Article.class).all()).hasSize(2);

        test(points).selectItem("3 points");
        test($(TextArea.class).first()).setValue("Good; now say who claims what.");
        test($(Button.class).withText("Save and next").first()).click();

        assertThat($(Article.class).all()).hasSize(1);
        assertThat($(Article.class).first().getElement().getTextRecursively()).contains("Maria Lopez");
        assertThat($(Paragraph.class).id("review-count").getText()).contains("1 answer is");
        users.signIn(ben);
        Feedback feedback = attempts.open(assignment.id()).feedback().get(ESSAY);
        assertThat(feedback.score()).isEqualTo(3.0);
        assertThat(feedback.teacherComment()).isEqualTo("Good; now say who claims what.");

        users.signIn(teacher);
        test($(RadioButtonGroup.class).first()).selectItem("4 points");
        test($(Button.class).withText("Save and next").first()).click();
        assertThat($(Article.class).all()).isEmpty();
        assertThat($(Paragraph.class).id("review-count").getText()).contains("Nothing to grade");
    }

    @Test
    void myAssignmentsShowsTheScoreAndThatTheTeacherCommented() {
        users.signIn(maria);
        navigate(MyAssignmentsView.class);
        String before = $(Article.class)
                .id("assignment-" + assignment.id())
                .getElement()
                .getTextRecursively();
        assertThat(before).contains("Score: 0/").doesNotContain("Your teacher commented");

        attempts.submit(assignment.id());
        users.signIn(teacher);
        reviews.queue(assignment.id()).stream()
                .filter(item -> item.studentId() == maria.id())
                .forEach(item -> reviews.grade(assignment.id(), item.responseId(), 3, "Good; now say who claims."));

        users.signIn(maria);
        navigate(JoinView.class); // away and back: the same route again would keep the page built before
        navigate(MyAssignmentsView.class);
        String after = $(Article.class)
                .id("assignment-" + assignment.id())
                .getElement()
                .getTextRecursively();
        assertThat(after).contains("Score: 3/").contains("Your teacher commented");
    }

    @Test
    void theTeacherAllowsOneMoreTryRegradesAndResetsAStudentsAttempt() {
        navigate(
                StudentWorkView.class,
                Map.of("assignmentId", String.valueOf(assignment.id()), "studentId", String.valueOf(maria.id())));

        String table = $(NativeTable.class).id("work-table").getElement().getTextRecursively();
        assertThat(table).contains("China's government", "Waiting for review", "1 of 1", "Not answered");

        test($(Button.class).id("one-more-who-says-150")).click();
        assertThat(question(reviews.studentWork(assignment.id(), maria.id()), "who-says-150")
                        .triesAllowed())
                .isEqualTo(2);
        assertThat($(NativeTable.class).id("work-table").getElement().getTextRecursively())
                .contains("1 of 2 (1 extra)");

        test($(Button.class).id("grade-" + ESSAY)).click();
        test($(RadioButtonGroup.class).id("dialog-" + ESSAY + "-points")).selectItem("2 points");
        test($(Button.class).id("dialog-" + ESSAY + "-save")).click();
        assertThat(question(reviews.studentWork(assignment.id(), maria.id()), ESSAY)
                        .review()
                        .points())
                .isEqualTo(2.0);
        assertThat($(NativeTable.class).id("work-table").getElement().getTextRecursively())
                .contains("2 of 4 points");

        test($(Button.class).id("reset-attempt")).click();
        test($(ConfirmDialog.class).single()).confirm();
        StudentWork reset = reviews.studentWork(assignment.id(), maria.id());
        assertThat(reset.started()).isFalse();
        assertThat(reset.resets()).isEqualTo(1);
        assertThat($(Div.class).id("work-status").getElement().getTextRecursively())
                .contains("Not started yet", "1 earlier attempt was reset");
    }

    @Test
    void anotherTeacherAndForgedIdsGetNotFound() {
        String review = "teach/assignments/" + assignment.id() + "/review";
        String work = "teach/assignments/" + assignment.id() + "/students/" + maria.id();
        users.signIn(users.teacher("Mr Okafor"));

        navigate(review, NotFoundView.class);
        String foreign = getCurrentView().getElement().getTextRecursively();
        assertThat(foreign).doesNotContain("Maria Lopez").doesNotContain("China says");
        navigate(work, NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Maria Lopez");

        users.signIn(teacher);
        navigate("teach/assignments/" + (assignment.id() + 999) + "/review", NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).isEqualTo(foreign);
        navigate("teach/assignments/abc/review", NotFoundView.class);
        navigate("teach/assignments/" + assignment.id() + "/students/" + teacher.id(), NotFoundView.class);
        navigate("teach/assignments/" + assignment.id() + "/students/x", NotFoundView.class);
    }

    @Test
    void aStudentCannotOpenTheTeacherPages() {
        users.signIn(maria);

        navigate("teach/assignments/" + assignment.id() + "/review", NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Ben Idle");
        navigate("teach/assignments/" + assignment.id() + "/students/" + maria.id(), NotFoundView.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        ClassroomTestUsers.signOut();
        UiTestSupport.signInAnonymousLearner();

        navigate("teach/assignments/" + assignment.id() + "/review", LoginView.class);
        navigate("teach/assignments/" + assignment.id() + "/students/" + maria.id(), LoginView.class);
    }

    private static StudentWork.QuestionWork question(StudentWork work, String id) {
        return work.questions().stream()
                .filter(q -> q.questionId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
