package app.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.gradebook.GradebookService;
import app.lectern.classroom.gradebook.GradebookSort;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every public method of the classroom services (and the mutating ones of the account service), called as each
 * kind of user, with the ids of their own and of other tenants. Outcomes: {@code ok}, {@code denied}
 * ({@link AccessDeniedException}), {@code missing} ({@link NoSuchElementException}: the id does not exist for
 * anyone), {@code refused} (a {@link ClassroomException} with a message, e.g. already signed in).
 */
@LecternSpringTest
class ServiceAccessMatrixTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    private interface Call {
        void run() throws Exception;
    }

    private record Row(String name, Call call, String expected) {}

    private final List<Row> rows = new ArrayList<>();

    /** Expected outcomes in the order anonymous, student, other-class student, teacher, other teacher, admin. */
    private void row(String name, String expected, Call call) {
        rows.add(new Row(name, call, expected));
    }

    private Assignment assign(long classId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return classroom.assign(
                classId,
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
    void everyServiceMethodAsEveryRole() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef admin = users.teacher("Ada Admin");
        // the shared test database has other accounts, so this one is not the installation's first (admin) account
        TestAdmins.make(accounts, admin.loginName());
        UserRef teacher = users.teacher("Ms Rivera");
        UserRef otherTeacher = users.teacher("Mr Okafor");
        UserRef spareTeacher = users.teacher("Mr Spare");
        users.signIn(teacher);
        SchoolClass a = classroom.createClass("History 9b", ZoneOffset.UTC);
        SchoolClass c = classroom.createClass("Open club", ZoneOffset.UTC);
        Assignment asgA = assign(a.id());
        users.signIn(otherTeacher);
        SchoolClass b = classroom.createClass("Civics 10a", ZoneOffset.UTC);
        Assignment asgB = assign(b.id());
        UserRef student = users.student("Maria Lopez");
        UserRef victim = users.student("Leaving Lea");
        UserRef otherStudent = users.student("Jonas Berg");
        users.signIn(student);
        classroom.joinWithCode(a.joinCode());
        attempts.answer(asgA.id(), "peacemaker-essay", new OpenAnswer("China could persuade Kyiv."));
        users.signIn(victim);
        classroom.joinWithCode(a.joinCode());
        users.signIn(otherStudent);
        classroom.joinWithCode(b.joinCode());
        users.signIn(teacher);
        long responseId = reviews.queue(asgA.id()).getFirst().responseId();
        long unknown = 999_999;

        // ---- ClassroomService ----
        row("createClass", "denied denied denied ok ok ok", () -> classroom.createClass("New", ZoneOffset.UTC));
        row("myClasses", "denied denied denied ok ok ok", classroom::myClasses);
        row("schoolClass(A)", "denied denied denied ok denied denied", () -> classroom.schoolClass(a.id()));
        row(
                "schoolClass(unknown)",
                "denied denied denied missing missing missing",
                () -> classroom.schoolClass(unknown));
        row("rename(A)", "denied denied denied ok denied denied", () -> classroom.rename(a.id(), "History 9b"));
        row("rename(B)", "denied denied denied denied ok denied", () -> classroom.rename(b.id(), "Civics 10a"));
        row("archive(A)", "denied denied denied ok denied denied", () -> classroom.archive(a.id()));
        row("unarchive(A)", "denied denied denied ok denied denied", () -> classroom.unarchive(a.id()));
        row(
                "regenerateJoinCode(A)",
                "denied denied denied ok denied denied",
                () -> classroom.regenerateJoinCode(a.id()));
        row("roster(A)", "denied denied denied ok denied denied", () -> classroom.roster(a.id()));
        row("roster(B)", "denied denied denied denied ok denied", () -> classroom.roster(b.id()));
        row(
                "removeStudent(A, victim)",
                "denied denied denied ok denied denied",
                () -> classroom.removeStudent(a.id(), victim.id()));
        row(
                "removeStudent(B, other student)",
                "denied denied denied denied ok denied",
                () -> classroom.removeStudent(b.id(), otherStudent.id()));
        row(
                "bulkCreateStudents(A)",
                "denied denied denied ok denied denied",
                () -> classroom.bulkCreateStudents(a.id(), List.of("Bulk Kid")));
        row("assign(A)", "denied denied denied ok denied denied", () -> assign(a.id()));
        row("assign(B)", "denied denied denied denied ok denied", () -> assign(b.id()));
        row("assignments(A)", "denied denied denied ok denied denied", () -> classroom.assignments(a.id()));
        row("joinWithCode(C)", "denied ok ok denied denied denied", () -> classroom.joinWithCode(c.joinCode()));
        row(
                "joinAsNewStudent(C)",
                "ok refused refused refused refused refused",
                () -> classroom.joinAsNewStudent(c.joinCode(), "New Kid", "new-kid-password"));
        row("myMemberships", "denied ok ok denied denied denied", classroom::myMemberships);
        row("myAssignments", "denied ok ok denied denied denied", classroom::myAssignments);
        row("myAssignment(asgA)", "denied ok missing denied denied denied", () -> classroom.myAssignment(asgA.id()));
        row("myAssignment(asgB)", "denied missing ok denied denied denied", () -> classroom.myAssignment(asgB.id()));

        // ---- AttemptService ----
        row("open(asgA)", "denied ok denied denied denied denied", () -> attempts.open(asgA.id()));
        row("open(unknown)", "denied missing missing denied denied denied", () -> attempts.open(unknown));
        row(
                "answer(asgA)",
                "denied ok denied denied denied denied",
                () -> attempts.answer(asgA.id(), "who-says-150", new SingleAnswer("a")));
        row("visit(asgA)", "denied ok denied denied denied denied", () -> attempts.visit(asgA.id(), "kyiv-accuses"));
        row("progress(asgA)", "denied denied denied ok denied denied", () -> attempts.progress(asgA.id()));
        row("progress(asgB)", "denied denied denied denied ok denied", () -> attempts.progress(asgB.id()));

        // ---- GradebookService ----
        row("gradebook(asgA)", "denied denied denied ok denied denied", () -> gradebooks.gradebook(asgA.id()));
        row("gradebook(unknown)", "denied denied denied missing missing missing", () -> gradebooks.gradebook(unknown));
        row("count(asgA)", "denied denied denied ok denied denied", () -> gradebooks.count(asgA.id()));
        row(
                "rows(asgA)",
                "denied denied denied ok denied denied",
                () -> gradebooks.rows(asgA.id(), 0, 10, GradebookSort.BY_NAME));
        row("csv(asgA)", "denied denied denied ok denied denied", () -> gradebooks.csv(asgA.id(), Locale.ENGLISH));
        row("csv(asgB)", "denied denied denied denied ok denied", () -> gradebooks.csv(asgB.id(), Locale.ENGLISH));

        // ---- ReviewService ----
        row("assignment(asgA)", "denied denied denied ok denied denied", () -> reviews.assignment(asgA.id()));
        row("queue(asgA)", "denied denied denied ok denied denied", () -> reviews.queue(asgA.id()));
        row(
                "grade(asgA, response)",
                "denied denied denied ok denied denied",
                () -> reviews.grade(asgA.id(), responseId, 1, "Good start."));
        row(
                "grade(asgB, response of A)",
                "denied denied denied denied missing denied",
                () -> reviews.grade(asgB.id(), responseId, 1, "Not mine."));
        row(
                "studentWork(asgA, student)",
                "denied denied denied ok denied denied",
                () -> reviews.studentWork(asgA.id(), student.id()));
        row(
                "studentWork(asgA, other-class student)",
                "denied denied denied missing denied denied",
                () -> reviews.studentWork(asgA.id(), otherStudent.id()));
        row(
                "allowOneMoreTry(asgA, student)",
                "denied denied denied ok denied denied",
                () -> reviews.allowOneMoreTry(asgA.id(), student.id(), "who-says-150"));
        row("submit(asgA)", "denied ok denied denied denied denied", () -> attempts.submit(asgA.id()));
        row(
                "resetAttempt(asgA, student)",
                "denied denied denied ok denied denied",
                () -> reviews.resetAttempt(asgA.id(), student.id()));

        // ---- AccountService (mutating) ----
        row("createStudent", "ok denied denied ok ok ok", () -> accounts.createStudent("Some Kid", "some-password"));
        row(
                "changePassword(student)",
                "denied ok denied denied denied ok",
                () -> accounts.changePassword(student.id(), "maria-new-password"));
        row(
                "disable(spare teacher)",
                "denied denied denied denied denied ok",
                () -> accounts.disable(spareTeacher.id()));

        Map<String, UserRef> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("student", student);
        roles.put("other-class student", otherStudent);
        roles.put("teacher", teacher);
        roles.put("other teacher", otherTeacher);
        roles.put("admin", admin);

        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            String[] expected = row.expected().split(" ");
            assertThat(expected).as(row.name()).hasSize(roles.size());
            int i = 0;
            for (var role : roles.entrySet()) {
                if (role.getValue() == null) {
                    ClassroomTestUsers.signOut();
                } else {
                    users.signIn(role.getValue());
                }
                String got = outcome(row.call());
                if (!got.equals(expected[i])) {
                    mismatches.add(row.name() + " as " + role.getKey() + ": expected " + expected[i] + ", got " + got);
                }
                if (row.name().startsWith("removeStudent(B") && role.getKey().equals("other teacher")) {
                    // put the other-class student back, for the rows after this one
                    users.signIn(otherStudent);
                    classroom.joinWithCode(b.joinCode());
                }
                i++;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(rows).hasSizeGreaterThan(45);
    }

    private static String outcome(Call call) {
        try {
            call.run();
            return "ok";
        } catch (AccessDeniedException e) {
            return "denied";
        } catch (NoSuchElementException e) {
            return "missing";
        } catch (ClassroomException e) {
            return "refused";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
