package app.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.ReaderView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Self-study of an assigned module: a student of the class, signed in, is sent to the open assignment (no second,
 * parallel track), and a teacher may keep the module's self-study key back from the class while it is open.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class SelfStudyOfAnAssignedModuleTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    StudyService study;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef teacher;
    UserRef student;
    UserRef outsider;
    long classId;

    @BeforeEach
    void aClassWithAStudentAndAStudentOfNoClass() {
        UiTestSupport.signInAnonymousLearner();
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Mr Okafor");
        users.signIn(teacher);
        var schoolClass = classroom.createClass("Politics 10", ZoneOffset.UTC);
        classId = schoolClass.id();
        student = users.student("Ines Duarte");
        outsider = users.student("Olu Outside");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theLibraryAndTheReaderSendAStudentWithAnOpenAssignmentToIt() {
        Assignment a = assign(false);

        navigate("modules/" + MODULE, AssignmentReaderView.class);
        navigate(LibraryView.class);
        Article card = $(Article.class).id("module-" + MODULE);
        assertThat($(Anchor.class, card).first().getHref()).isEqualTo("assignments/" + a.id());
        assertThat(card.getElement().getTextRecursively()).contains("Assigned: Week 4 reading");

        // a student of no class, and the student once they submitted, study the module on their own
        users.signIn(outsider);
        navigate("modules/" + MODULE, ReaderView.class);
        users.signIn(student);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("c"));
        attempts.submit(a.id());
        navigate("modules/" + MODULE, ReaderView.class);
    }

    @Test
    void aTeacherKeepsTheSelfStudyKeyBackFromTheClassWhileTheAssignmentIsOpen() {
        assign(true);

        Feedback member = settleWrong(study.accountLearner(student.id()));
        assertThat(member.attemptsLeft()).isZero();
        assertThat(member.correctAnswer()).isNull();
        assertThat(member.explanation()).isNull();
        assertThat(member.evidence()).isNull();
        assertThat(study.progress(study.accountLearner(student.id()), MODULE)
                        .feedback()
                        .get("captured-count")
                        .correctAnswer())
                .as("nor when the reader restores the feedback")
                .isNull();

        // the module stays public: a learner outside the class sees the key once the question is settled
        Feedback other = settleWrong(study.accountLearner(outsider.id()));
        assertThat(other.correctAnswer()).isNotNull();
        Feedback anonymous = settleWrong(UUID.randomUUID());
        assertThat(anonymous.correctAnswer()).isNotNull();
    }

    @Test
    void withoutTheTeachersChoiceTheClassSeesTheSelfStudyKey() {
        assign(false);
        assertThat(settleWrong(study.accountLearner(student.id())).correctAnswer())
                .isNotNull();
    }

    private Feedback settleWrong(UUID learner) {
        Feedback last = null;
        for (int i = 0; i < StudyService.POLICY.attemptsPerQuestion(); i++) {
            last = study.submit(learner, MODULE, "captured-count", new NumericAnswer(990.0 + i));
        }
        return last;
    }

    private Assignment assign(boolean holdKey) {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Assignment a = classroom.assign(
                classId,
                new AssignmentSettings(
                        MODULE,
                        "Week 4 reading",
                        now.minusHours(1),
                        now.plusDays(7),
                        2,
                        FeedbackTiming.AFTER_SUBMIT,
                        false,
                        false,
                        holdKey));
        users.signIn(student);
        return a;
    }
}
