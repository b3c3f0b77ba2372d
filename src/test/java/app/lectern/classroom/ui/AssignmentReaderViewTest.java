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
import app.lectern.classroom.attempt.ReviewItem;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.Option;
import app.lectern.question.OptionOrder;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.reader.ui.QuestionCard;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.storage.DisplaySeeds;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A student works on an assignment in the reader, rendered without a browser, with real services and H2. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class AssignmentReaderViewTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final String SECTION = "kyiv-accuses";
    private static final String QUESTION = "who-says-150";

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    ReviewService reviews;

    @Autowired
    DisplaySeeds displaySeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef student;
    SchoolClass schoolClass;

    @BeforeEach
    void aClassWithAStudent() {
        UiTestSupport.signInAnonymousLearner();
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneOffset.UTC);
        student = users.student("Maria Lopez");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void withFeedbackAfterSubmitAnAnswerIsOnlySavedThenTheSubmitShowsTheScore() {
        Assignment a = assign(FeedbackTiming.AFTER_SUBMIT, false);
        navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Week 3 reading");
        assertThat($(Paragraph.class).id("assignment-state").getText()).contains("after you submit");
        assertThat($(Button.class).withText("Show a hint").all())
                .as("assignments offer no hints")
                .isEmpty();

        QuestionCard card = card();
        choose(card, "c");
        test($(Button.class, card).withText("Check").single()).click();
        String feedback = feedbackText(card);
        assertThat(feedback).contains("Answer saved", "after you submit");
        assertThat(feedback).doesNotContain("Right").doesNotContain("Not quite").doesNotContain("points");
        test($(Button.class, card).withText("Change my answer").single()).click();
        assertThat($(Button.class, card).withText("Check").single().isVisible()).isTrue();

        navigate("assignments/" + a.id(), AssignmentReaderView.class);
        assertThat(feedbackText(card()))
                .as("reopens the last section with the saved answer")
                .contains("Answer saved");

        navigate("assignments/" + a.id() + "/submit", AssignmentSubmitView.class);
        assertThat($(Paragraph.class).id("answered-count").getText()).startsWith("You answered 1 of ");
        test($(Button.class).id("submit-assignment")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Div.class).id("submit-status").getElement().getTextRecursively())
                .contains("You submitted this assignment");
        assertThat($(Div.class).id("assignment-score").getElement().getTextRecursively())
                .contains("Your score: 1 of");
        assertThat($(Button.class).withId("submit-assignment").all()).isEmpty();

        navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
        assertThat(feedbackText(card())).contains("Right!");
        assertThat($(Button.class, card()).withText("Check").all())
                .as("no more answers")
                .isEmpty();
    }

    @Test
    void withImmediateFeedbackTheStudentSeesTheVerdictAndTheOptionsAreShuffledTheSameWayOnEveryVisit() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, true);
        navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
        List<String> order = optionIds(card());
        navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
        assertThat(optionIds(card())).isEqualTo(order);

        choose(card(), "a");
        test($(Button.class, card()).withText("Check").single()).click();
        assertThat(feedbackText(card())).contains("Not quite");
    }

    @Test
    void theOptionOrderDiffersBetweenStudentsWhenShuffled() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, true);
        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            UserRef s = users.student("Student " + i);
            users.signIn(s);
            classroom.joinWithCode(schoolClass.joinCode());
            navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
            orders.add(optionIds(card()));
        }
        assertThat(orders).as("six students do not all see the same order").hasSizeGreaterThan(1);
    }

    @Test
    void theShuffledOrderIsTheOneTheServerFixesForTheStudentAndAssignment() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, true);
        navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
        SingleQuestion question = (SingleQuestion)
                attempts.open(a.id()).module().question(QUESTION).orElseThrow();

        long seed = displaySeeds.forStudent(a.id(), student.id()).seed(QUESTION);
        assertThat(optionIds(card()))
                .isEqualTo(((SingleQuestion) OptionOrder.shuffled(question, seed))
                        .options().stream().map(Option::id).toList());
    }

    @Test
    void myAssignmentsShowsStatusAndHowManyQuestionsAreAnswered() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, false);
        int questions = (int) attempts.open(a.id()).module().questions().count();
        navigate(MyAssignmentsView.class);
        String card = $(com.vaadin.flow.component.html.Article.class)
                .id("assignment-" + a.id())
                .getElement()
                .getTextRecursively();
        assertThat(card).contains("Week 3 reading", "History 9b", "In progress", "0 of " + questions + " questions");

        navigate("assignments/" + a.id() + "/" + SECTION, AssignmentReaderView.class);
        choose(card(), "c");
        test($(Button.class, card()).withText("Check").single()).click();
        navigate(MyAssignmentsView.class);
        assertThat($(com.vaadin.flow.component.html.Article.class)
                        .id("assignment-" + a.id())
                        .getElement()
                        .getTextRecursively())
                .contains("1 of " + questions + " questions answered");
    }

    @Test
    void theStudentSeesTheTeachersPointsAndCommentOnTheirEssayAsText() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, false);
        attempts.answer(
                a.id(), "peacemaker-essay", new OpenAnswer("China could mediate because it talks to both sides."));
        navigate("assignments/" + a.id() + "/peacemaker-or-ally", AssignmentReaderView.class);
        assertThat(feedbackText(card("peacemaker-essay")))
                .contains("you can revise it until you submit")
                .doesNotContain("Model answer");

        users.signIn(teacher);
        ReviewItem item = reviews.queue(a.id()).getFirst();
        reviews.grade(a.id(), item.responseId(), 3, "Good point <b>about</b> mediation; name the evidence.");
        users.signIn(student);

        navigate("assignments/" + a.id() + "/peacemaker-or-ally", AssignmentReaderView.class);
        String feedback = feedbackText(card("peacemaker-essay"));
        assertThat(feedback)
                .contains("You scored 3 of 4 points")
                .contains("Your teacher’s comment: Good point <b>about</b> mediation; name the evidence.");
    }

    @Test
    void anotherClassesStudentAndAGuessedIdSeeNotFound() {
        Assignment a = assign(FeedbackTiming.IMMEDIATE, false);
        users.signIn(users.student("Jonas Berg"));
        navigate("assignments/" + a.id(), NotFoundView.class);
        String foreign = getCurrentView().getElement().getTextRecursively();
        navigate("assignments/" + (a.id() + 999), NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).isEqualTo(foreign);
        assertThat(foreign).doesNotContain("Week 3 reading");
        navigate("assignments/not-a-number", NotFoundView.class);
        navigate("assignments/" + a.id() + "/submit", NotFoundView.class);
    }

    private Assignment assign(FeedbackTiming timing, boolean shuffle) {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Assignment a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "Week 3 reading", now.minusHours(1), now.plusDays(7), 2, timing, shuffle, false));
        users.signIn(student);
        return a;
    }

    private QuestionCard card() {
        return card(QUESTION);
    }

    private QuestionCard card(String questionId) {
        return $(QuestionCard.class).all().stream()
                .filter(c -> c.question().id().equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    private String feedbackText(QuestionCard card) {
        return $(Div.class, card)
                .id("q-" + card.question().id() + "-feedback")
                .getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private List<String> optionIds(QuestionCard card) {
        RadioButtonGroup<Option> group = $(RadioButtonGroup.class, card).single();
        return group.getListDataView().getItems().map(Option::id).toList();
    }

    @SuppressWarnings("unchecked")
    private void choose(QuestionCard card, String optionId) {
        RadioButtonGroup<Option> group = $(RadioButtonGroup.class, card).single();
        SingleQuestion q = (SingleQuestion) card.question();
        group.setValue(q.options().stream()
                .filter(o -> o.id().equals(optionId))
                .findFirst()
                .orElseThrow());
    }
}
