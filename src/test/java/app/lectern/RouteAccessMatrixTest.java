package app.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.account.ui.LoginView;
import app.lectern.account.ui.SignUpView;
import app.lectern.catalog.ui.ContentProblemsView;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.classroom.ui.AssignView;
import app.lectern.classroom.ui.AssignmentReaderView;
import app.lectern.classroom.ui.AssignmentSubmitView;
import app.lectern.classroom.ui.ClassView;
import app.lectern.classroom.ui.GradebookView;
import app.lectern.classroom.ui.JoinCodeView;
import app.lectern.classroom.ui.JoinView;
import app.lectern.classroom.ui.LoginCardsView;
import app.lectern.classroom.ui.MyAssignmentsView;
import app.lectern.classroom.ui.ReviewQueueView;
import app.lectern.classroom.ui.StudentWorkView;
import app.lectern.classroom.ui.TeachView;
import app.lectern.classroom.ui.TeacherGuideView;
import app.lectern.reader.ui.LibraryView;
import app.lectern.reader.ui.ReaderView;
import app.lectern.reader.ui.SummaryView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.reader.ui.WorksheetView;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every route, opened with real ids as each kind of visitor, lands exactly where the table says: the view itself
 * (A), the login (L), the not-found page (N, also for another teacher's class or a student's foreign assignment,
 * and for a malformed id, which matches no route), the library (H, a signed-in user on the login page), or their
 * assignment (S, a student whose class has the module open as an assignment: no parallel self-study), or the view
 * named in the cell (where {@code /welcome} sends each user after a sign-in). Ids of other
 * tenants are swapped into the URLs.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    /**
     * Columns: anonymous, student (class A), other-class student (class B), teacher (A), other teacher (B), admin,
     * self-study learner (an account with no classes). A cell may name the view where the route forwards to.
     */
    private static final String MATRIX = """
            path                                            | view                 | anon stu  ostu tea  otea adm lrn
            /                                               | LibraryView          | A    A    A    A    A    A  A
            modules/china-russia-ukraine                    | ReaderView           | A    S    S    A    A    A  A
            modules/china-russia-ukraine/kyiv-accuses       | ReaderView           | A    S    S    A    A    A  A
            modules/china-russia-ukraine/results            | SummaryView          | A    A    A    A    A    A  A
            modules/china-russia-ukraine/worksheet          | WorksheetView        | A    A    A    A    A    A  A
            modules/no-such-module/worksheet                | -                    | N    N    N    N    N    N  N
            modules/no-such-module                          | -                    | N    N    N    N    N    N  N
            login                                           | LoginView            | A    H    H    H    H    H  H
            signup                                          | SignUpView           | A    A    A    A    A    A  A
            join                                            | JoinView             | A    A    A    A    A    A  A
            assignments                                     | MyAssignmentsView    | L    A    A    N    N    N  N
            assignments/{asgA}                              | AssignmentReaderView | L    A    N    N    N    N  N
            assignments/{asgA}/kyiv-accuses                 | AssignmentReaderView | L    A    N    N    N    N  N
            assignments/{asgA}/submit                       | AssignmentSubmitView | L    A    N    N    N    N  N
            assignments/{asgB}                              | AssignmentReaderView | L    N    A    N    N    N  N
            assignments/{asgB}/submit                       | AssignmentSubmitView | L    N    A    N    N    N  N
            assignments/999999                              | -                    | L    N    N    N    N    N  N
            assignments/not-a-number                        | -                    | N    N    N    N    N    N  N
            teach                                           | TeachView            | L    N    N    A    A    A  N
            teach/classes/{classA}                          | ClassView            | L    N    N    A    N    N  N
            teach/classes/{classB}                          | ClassView            | L    N    N    N    A    N  N
            teach/classes/{classA}/assign                   | AssignView           | L    N    N    A    N    N  N
            teach/classes/{classB}/assign                   | AssignView           | L    N    N    N    A    N  N
            teach/classes/{classA}/cards                    | LoginCardsView       | L    N    N    A    N    N  N
            teach/classes/{classB}/cards                    | LoginCardsView       | L    N    N    N    A    N  N
            teach/classes/{classA}/code                     | JoinCodeView         | L    N    N    A    N    N  N
            teach/classes/{classA}/lms-roster               | LmsRosterView        | L    N    N    A    N    N  N
            teach/classes/{classB}/lms-roster               | LmsRosterView        | L    N    N    N    A    N  N
            teach/assignments/{asgA}/lms-grades             | LmsGradesView        | L    N    N    A    N    N  N
            teach/assignments/{asgB}/lms-grades             | LmsGradesView        | L    N    N    N    A    N  N
            teach/assignments/not-a-number/lms-grades       | -                    | N    N    N    N    N    N  N
            teach/classes/{classB}/code                     | JoinCodeView         | L    N    N    N    A    N  N
            teach/modules/china-russia-ukraine/guide        | TeacherGuideView     | L    N    N    A    A    A  N
            teach/modules/no-such-module/guide              | -                    | L    N    N    N    N    N  N
            teach/classes/999999                            | -                    | L    N    N    N    N    N  N
            teach/classes/not-a-number                      | -                    | N    N    N    N    N    N  N
            teach/assignments/not-a-number/review           | -                    | N    N    N    N    N    N  N
            teach/assignments/{asgA}                        | GradebookView        | L    N    N    A    N    N  N
            teach/assignments/{asgB}                        | GradebookView        | L    N    N    N    A    N  N
            teach/assignments/{asgA}/review                 | ReviewQueueView      | L    N    N    A    N    N  N
            teach/assignments/{asgB}/review                 | ReviewQueueView      | L    N    N    N    A    N  N
            teach/assignments/{asgA}/students/{student}     | StudentWorkView      | L    N    N    A    N    N  N
            teach/assignments/{asgA}/students/{otherStudent}| StudentWorkView      | L    N    N    N    N    N  N
            teach/assignments/{asgB}/students/{otherStudent}| StudentWorkView      | L    N    N    N    A    N  N
            teach/assignments/{asgB}/students/{student}     | StudentWorkView      | L    N    N    N    N    N  N
            content-problems                                | ContentProblemsView  | L    N    N    A    A    A  N
            my-data                                         | MyDataView           | L    A    A    A    A    A  A
            account/password                                | ChangePasswordView   | L    A    A    A    A    A  A
            admin/accounts                                  | AccountDataView      | L    N    N    N    N    A  N
            admin/lti                                       | LtiAdminView         | L    N    N    N    N    A  N
            lti/deep-link/no-such-request                   | DeepLinkPickerView   | L    N    N    A    A    A  N
            welcome                                         | -                    | L    MyAssignmentsView MyAssignmentsView TeachView TeachView TeachView H
            ui-check/code-editor                            | -                    | N    N    N    N    N    N  N
            nope                                            | -                    | N    N    N    N    N    N  N
            """;

    private static final Map<String, Class<?>> VIEWS = Map.ofEntries(
            Map.entry("LibraryView", LibraryView.class),
            Map.entry("ReaderView", ReaderView.class),
            Map.entry("SummaryView", SummaryView.class),
            Map.entry("LoginView", LoginView.class),
            Map.entry("SignUpView", SignUpView.class),
            Map.entry("JoinView", JoinView.class),
            Map.entry("MyAssignmentsView", MyAssignmentsView.class),
            Map.entry("AssignmentReaderView", AssignmentReaderView.class),
            Map.entry("AssignmentSubmitView", AssignmentSubmitView.class),
            Map.entry("TeachView", TeachView.class),
            Map.entry("ClassView", ClassView.class),
            Map.entry("AssignView", AssignView.class),
            Map.entry("LoginCardsView", LoginCardsView.class),
            Map.entry("JoinCodeView", JoinCodeView.class),
            Map.entry("TeacherGuideView", TeacherGuideView.class),
            Map.entry("WorksheetView", WorksheetView.class),
            Map.entry("GradebookView", GradebookView.class),
            Map.entry("ReviewQueueView", ReviewQueueView.class),
            Map.entry("StudentWorkView", StudentWorkView.class),
            Map.entry("ContentProblemsView", ContentProblemsView.class),
            Map.entry("MyDataView", app.lectern.privacy.ui.MyDataView.class),
            Map.entry("ChangePasswordView", app.lectern.account.ui.ChangePasswordView.class),
            Map.entry("AccountDataView", app.lectern.privacy.ui.AccountDataView.class),
            Map.entry("LtiAdminView", app.lectern.lti.ui.LtiAdminView.class),
            Map.entry("DeepLinkPickerView", app.lectern.lti.ui.DeepLinkPickerView.class),
            Map.entry("LmsRosterView", app.lectern.lti.ui.LmsRosterView.class),
            Map.entry("LmsGradesView", app.lectern.lti.ui.LmsGradesView.class));

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;

    @BeforeEach
    void learner() {
        users = new ClassroomTestUsers(accounts, userDetails);
        UiTestSupport.signInAnonymousLearner();
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    private Assignment assign(SchoolClass schoolClass) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return classroom.assign(
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
    }

    @Test
    void everyRouteAsEveryRoleLandsWhereTheTableSays() {
        // the first account of the installation is the admin (and a teacher without classes)
        UserRef admin = users.teacher("Ada Admin");
        UserRef teacher = users.teacher("Ms Rivera");
        UserRef otherTeacher = users.teacher("Mr Okafor");
        UserRef learner = accounts.signUp(
                Role.LEARNER,
                "Lee Learner",
                "l-" + UUID.randomUUID().toString().substring(0, 8),
                ClassroomTestUsers.PASSWORD,
                ClassroomTestUsers.PASSWORD,
                null);
        users.signIn(teacher);
        SchoolClass classA = classroom.createClass("History 9b", ZoneOffset.UTC);
        Assignment asgA = assign(classA);
        users.signIn(otherTeacher);
        SchoolClass classB = classroom.createClass("Civics 10a", ZoneOffset.UTC);
        Assignment asgB = assign(classB);
        UserRef student = users.student("Maria Lopez");
        users.signIn(student);
        classroom.joinWithCode(classA.joinCode());
        UserRef otherStudent = users.student("Jonas Berg");
        users.signIn(otherStudent);
        classroom.joinWithCode(classB.joinCode());

        Map<String, String> ids = Map.of(
                "{classA}", String.valueOf(classA.id()),
                "{classB}", String.valueOf(classB.id()),
                "{asgA}", String.valueOf(asgA.id()),
                "{asgB}", String.valueOf(asgB.id()),
                "{student}", String.valueOf(student.id()),
                "{otherStudent}", String.valueOf(otherStudent.id()));
        Map<String, UserRef> roles = new LinkedHashMap<>();
        roles.put("anon", null);
        roles.put("stu", student);
        roles.put("ostu", otherStudent);
        roles.put("tea", teacher);
        roles.put("otea", otherTeacher);
        roles.put("adm", admin);
        roles.put("lrn", learner);

        List<String> lines = MATRIX.lines().skip(1).toList();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : lines) {
            String[] cells = line.split("\\|");
            String path = cells[0].strip();
            for (var id : ids.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            String location = path.equals("/") ? "" : path;
            Class<?> view = VIEWS.get(cells[1].strip());
            String[] expected = cells[2].strip().split("\\s+");
            int column = 0;
            for (var role : roles.entrySet()) {
                String want = expected[column++];
                if (role.getValue() == null) {
                    ClassroomTestUsers.signOut();
                } else {
                    users.signIn(role.getValue());
                }
                String got = outcome(location, view);
                checked++;
                if (!got.equals(want)) {
                    mismatches.add(path + " as " + role.getKey() + ": expected " + want + ", got " + got);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(lines.size() * roles.size());
    }

    /** Where navigating to the location lands: A (the expected view), L, N, H, S, or the class name of anything else. */
    private String outcome(String location, Class<?> view) {
        UI.getCurrent().navigate(location);
        Object current = getCurrentView();
        if (view != null && view.isInstance(current)) {
            return "A";
        }
        if (current instanceof LoginView) {
            return "L";
        }
        if (current instanceof NotFoundView) {
            return "N";
        }
        if (current instanceof LibraryView) {
            return "H";
        }
        if (current instanceof AssignmentReaderView) {
            return "S";
        }
        return current.getClass().getSimpleName();
    }
}
