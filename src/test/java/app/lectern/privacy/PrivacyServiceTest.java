package app.lectern.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export and erasure of a student's data, checked over every table of the schema, and the retention limit of
 * anonymous self-study progress, with real services, a clock the tests move and H2 ({@link
 * PrivacyServicePostgresTest}: PostgreSQL).
 */
@LecternSpringTest
class PrivacyServiceTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    PrivacyService privacy;

    @Autowired
    StudyService study;

    @Autowired
    AttemptService attempts;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    ClassroomTestUsers users;
    UserRef admin;
    UserRef teacher;
    UserRef student;
    UserRef classmate;
    String marker;
    Assignment first;
    Assignment second;
    List<UUID> learners = new ArrayList<>();

    /**
     * A student with everything a student can leave behind: two classes, an attempt with answers, a graded essay with
     * a comment, an extra try, a reset (superseded) attempt, a submit; and a classmate whose work must survive.
     */
    @BeforeEach
    void aStudentWithWorkEverywhere() {
        users = new ClassroomTestUsers(accounts, userDetails);
        admin = users.teacher("Site Admin");
        TestAdmins.make(accounts, admin.loginName());
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        SchoolClass history = classroom.createClass("History 9b", ZoneOffset.UTC);
        SchoolClass civics = classroom.createClass("Civics 9", ZoneOffset.UTC);
        first = assign(history);
        second = assign(civics);

        marker = "Erasable-" + UUID.randomUUID().toString().substring(0, 8);
        student = users.student(marker + " Student");
        classmate = users.student("Classmate Kept");
        for (UserRef s : List.of(student, classmate)) {
            users.signIn(s);
            classroom.joinWithCode(history.joinCode());
            classroom.joinWithCode(civics.joinCode());
            attempts.answer(first.id(), "who-says-150", new SingleAnswer("a"));
            attempts.answer(
                    first.id(),
                    "peacemaker-essay",
                    new OpenAnswer("My essay " + (s == student ? marker : "kept") + " for " + s.id()));
            attempts.answer(second.id(), "captured-count", new NumericAnswer(5.0));
        }
        users.signIn(teacher);
        long essay = reviews.queue(first.id()).stream()
                .filter(i -> i.studentId() == student.id())
                .findFirst()
                .orElseThrow()
                .responseId();
        reviews.grade(first.id(), essay, 3, "Good, " + marker);
        reviews.allowOneMoreTry(first.id(), student.id(), "who-says-150");
        reviews.resetAttempt(second.id(), student.id());
        users.signIn(student);
        attempts.answer(second.id(), "captured-count", new NumericAnswer(2.0));
        attempts.submit(first.id());

        learners.clear();
        if (hasColumn("learner", "user_id")) {
            // accounts own self-study progress (migration V6): the account's learner and an anonymous one merged into
            // it, each with progress of its own
            UUID own = UUID.randomUUID();
            UUID merged = UUID.randomUUID();
            study.submit(own, MODULE, "who-says-150", new SingleAnswer("c"));
            study.visit(merged, MODULE, "the-fighters");
            study.submit(merged, MODULE, "captured-count", new NumericAnswer(2.0));
            jdbc.sql("update learner set user_id = ? where id = ?")
                    .params(student.id(), own)
                    .update();
            jdbc.sql("update learner set merged_into = ? where id = ?")
                    .params(own, merged)
                    .update();
            learners.addAll(List.of(own, merged));
        }
        ClassroomTestUsers.signOut();
    }

    @AfterEach
    void reset() {
        ClassroomTestUsers.signOut();
        clock.reset();
    }

    @Test
    void aStudentExportsEverythingThatReferencesThemAndNothingOfOthers() throws Exception {
        users.signIn(student);
        JsonNode export = json.readTree(privacy.exportMine());

        assertThat(export.get("userId").asLong()).isEqualTo(student.id());
        JsonNode tables = export.get("tables");
        assertThat(tables.get("app_user")).hasSize(1);
        assertThat(tables.get("app_user").get(0).get("display_name").asString()).isEqualTo(marker + " Student");
        assertThat(tables.get("app_user").get(0).has("password_hash")).isFalse();
        assertThat(tables.get("class_member")).hasSize(2);
        assertThat(tables.get("assignment_attempt"))
                .as("two current, one reset")
                .hasSize(3);
        assertThat(tables.get("assignment_response")).hasSize(4);
        assertThat(tables.get("assignment_extra_try")).hasSize(1);
        String text = export.toString();
        assertThat(text)
                .contains("My essay " + marker + " for " + student.id())
                .contains("Good, " + marker)
                .doesNotContain("for " + classmate.id())
                .doesNotContain("Classmate Kept");
        if (!learners.isEmpty()) {
            assertThat(tables.get("learner")).hasSize(2);
            assertThat(tables.get("study_response")).hasSize(2);
            assertThat(tables.get("study_visit")).hasSize(1);
        }
    }

    @Test
    void aStudentsOwnExportLeavesOutGradingUntilFeedbackIsReleasedTheAdminsIsFull() throws Exception {
        users.signIn(teacher);
        SchoolClass deferredClass = classroom.createClass("Deferred 9", ZoneOffset.UTC);
        Assignment deferred = assign(deferredClass, FeedbackTiming.AFTER_SUBMIT);
        users.signIn(student);
        classroom.joinWithCode(deferredClass.joinCode());
        attempts.answer(deferred.id(), "who-says-150", new SingleAnswer("a"));
        attempts.answer(deferred.id(), "peacemaker-essay", new OpenAnswer("Withheld essay"));
        long attempt = jdbc.sql("select id from assignment_attempt where assignment_id = ? and student_id = ?")
                .params(deferred.id(), student.id())
                .query(Long.class)
                .single();

        // before the submit: which answer is right (points, fraction) or waiting for review (pending) stays hidden
        List<JsonNode> mine = responsesOf(privacy.exportMine(), attempt);
        assertThat(mine).hasSize(2).allSatisfy(r -> {
            assertThat(r.has("answer_json")).isTrue();
            assertThat(r.has("max_points")).isTrue();
            for (String column : List.of("points", "fraction", "pending", "teacher_comment", "reviewed_by")) {
                assertThat(r.has(column)).as(column).isFalse();
            }
            assertThat(r.get("grading").asString()).contains("withheld");
        });
        // an assignment whose feedback is immediate shows its grading at once
        assertThat(json.readTree(privacy.exportMine())
                        .get("tables")
                        .get("assignment_response")
                        .valueStream()
                        .filter(r -> r.get("attempt_id").asLong() != attempt)
                        .allMatch(r -> r.has("points") && r.has("fraction") && r.has("pending")))
                .isTrue();
        ClassroomTestUsers.signOut();

        users.signIn(admin);
        assertThat(responsesOf(privacy.export(student.id()), attempt))
                .hasSize(2)
                .allSatisfy(
                        r -> assertThat(r.has("points") && r.has("fraction") && r.has("pending") && !r.has("grading"))
                                .isTrue());

        users.signIn(student);
        attempts.submit(deferred.id());
        assertThat(responsesOf(privacy.exportMine(), attempt))
                .hasSize(2)
                .allSatisfy(
                        r -> assertThat(r.has("points") && r.has("fraction") && r.has("pending") && !r.has("grading"))
                                .isTrue());
    }

    private List<JsonNode> responsesOf(String export, long attemptId) throws Exception {
        return json.readTree(export)
                .get("tables")
                .get("assignment_response")
                .valueStream()
                .filter(r -> r.get("attempt_id").asLong() == attemptId)
                .toList();
    }

    @Test
    void onlyAnAdminExportsOrErasesAnotherAccount() throws Exception {
        assertThatThrownBy(() -> privacy.exportMine()).isInstanceOf(AccessDeniedException.class);
        for (UserRef notAdmin : List.of(student, classmate, teacher)) {
            users.signIn(notAdmin);
            assertThatThrownBy(() -> privacy.export(student.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy.delete(student.id())).isInstanceOf(AccessDeniedException.class);
        }
        users.signIn(admin);
        assertThat(json.readTree(privacy.export(student.id())).get("tables").get("assignment_response"))
                .hasSize(4);
        assertThatThrownBy(() -> privacy.export(Long.MAX_VALUE)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> privacy.delete(Long.MAX_VALUE)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> privacy.delete(teacher.id()))
                .isInstanceOf(PrivacyException.class)
                .hasMessageContaining("only student accounts");
        assertThatThrownBy(() -> privacy.delete(admin.id()))
                .isInstanceOf(PrivacyException.class)
                .hasMessageContaining("your own account");
        assertThat(count("app_user", "id", teacher.id())).isEqualTo(1);
    }

    @Test
    void onlyAnAdminSearchesAccountsAndASearchFindsFewNotAll() {
        assertThatThrownBy(() -> privacy.findAccounts(marker)).isInstanceOf(AccessDeniedException.class);
        for (UserRef notAdmin : List.of(student, classmate, teacher)) {
            users.signIn(notAdmin);
            assertThatThrownBy(() -> privacy.findAccounts(marker)).isInstanceOf(AccessDeniedException.class);
        }
        users.signIn(admin);

        // by part of the display name, ignoring case: who it is and the classes it belongs to
        AccountMatch found =
                privacy.findAccounts(marker.toLowerCase(java.util.Locale.ROOT)).getFirst();
        assertThat(found.id()).isEqualTo(student.id());
        assertThat(found.loginName()).isEqualTo(student.loginName());
        assertThat(found.roles()).containsExactly(Role.STUDENT);
        assertThat(found.classes()).containsExactly("Civics 9", "History 9b");
        assertThat(found.erasable()).isTrue();
        // by the exact login name, listed first; a teacher's classes are the ones they teach
        AccountMatch byLogin = privacy.findAccounts(teacher.loginName().toUpperCase(java.util.Locale.ROOT))
                .getFirst();
        assertThat(byLogin.id()).isEqualTo(teacher.id());
        assertThat(byLogin.classes()).contains("Civics 9", "History 9b");
        assertThat(byLogin.erasable()).isFalse();

        // nothing for an empty or two-letter query, "%" and "_" are not wildcards, never more than the maximum
        assertThat(privacy.findAccounts("  ")).isEmpty();
        assertThat(privacy.findAccounts("Cl")).isEmpty();
        assertThat(privacy.findAccounts("%%%")).isEmpty();
        assertThat(privacy.findAccounts("___")).isEmpty();
        for (int i = 0; i < PrivacyService.MAX_MATCHES + 3; i++) {
            users.student("Many Namesake " + i);
        }
        users.signIn(admin);
        assertThat(privacy.findAccounts("namesake")).hasSize(PrivacyService.MAX_MATCHES);
    }

    @Test
    void erasingAStudentLeavesNoRowThatReferencesThemInAnyTable() throws Exception {
        Set<Long> attemptIds = new HashSet<>(jdbc.sql("select id from assignment_attempt where student_id = ?")
                .param(student.id())
                .query(Long.class)
                .list());
        Set<Long> responseIds = new HashSet<>(jdbc.sql("select r.id from assignment_response r join"
                        + " assignment_attempt a on a.id = r.attempt_id where a.student_id = ?")
                .param(student.id())
                .query(Long.class)
                .list());
        assertThat(attemptIds).hasSize(3);
        String classmateBefore = privacyExportOf(classmate);

        users.signIn(admin);
        Deletion deletion = privacy.delete(student.id());

        assertThat(deletion.rowsByTable())
                .containsEntry("app_user", 1)
                .containsEntry("class_member", 2)
                .containsEntry("assignment_attempt", 3)
                .containsEntry("assignment_response", 4)
                .containsEntry("assignment_extra_try", 1);
        List<String> found = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getSchema();
            List<Map<String, Object>> columns = jdbc.sql("select table_name, column_name, data_type from"
                            + " information_schema.columns where table_schema = ? order by table_name, column_name")
                    .param(schema)
                    .query()
                    .listOfRows();
            for (Map<String, Object> col : columns) {
                String table = lower(col.get("table_name"));
                String column = lower(col.get("column_name"));
                String type = lower(col.get("data_type"));
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                if (!tables.contains(table)) {
                    tables.add(table);
                }
                if (type.contains("char")) {
                    // names, comments, answers: nothing typed by or about the student
                    long n = jdbc.sql("select count(*) from " + table + " where " + column + " like ?")
                            .param("%" + marker + "%")
                            .query(Long.class)
                            .single();
                    if (n > 0) {
                        found.add(table + "." + column + " holds '" + marker + "' " + n + "x");
                    }
                } else if (type.equals("uuid")) {
                    for (UUID learner : learners) {
                        if (count(table, column, learner) > 0) {
                            found.add(table + "." + column + " = learner " + learner);
                        }
                    }
                } else if (type.contains("int")) {
                    Set<Long> ids = idsFor(table, column, attemptIds, responseIds);
                    for (long id : ids) {
                        if (count(table, column, id) > 0) {
                            found.add(table + "." + column + " = " + id);
                        }
                    }
                }
            }
        }
        assertThat(tables)
                .as("every table of the schema was walked")
                .contains(
                        "app_user",
                        "class_member",
                        "assignment_attempt",
                        "assignment_response",
                        "assignment_extra_try",
                        "learner",
                        "study_progress",
                        "study_response",
                        "study_hint",
                        "study_visit");
        assertThat(found).as("rows that still reference the erased student").isEmpty();

        assertThat(privacyExportOf(classmate))
                .as("the classmate's data is untouched")
                .isEqualTo(classmateBefore);
        users.signIn(teacher);
        assertThat(reviews.queue(first.id())).extracting(i -> i.studentId()).doesNotContain(student.id());
        assertThat(classroom.myClasses()).hasSize(2);
        assertThatThrownBy(() -> users.signIn(student))
                .as("the account is gone")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anonymousProgressIsDeletedAfterTheRetentionPeriodUnlessItBelongsToAnAccount() {
        UUID stale = UUID.randomUUID();
        study.visit(stale, MODULE, "the-fighters");
        study.takeHint(stale, MODULE, "baseless-phrase");
        study.submit(stale, MODULE, "who-says-150", new SingleAnswer("c"));
        clock.advance(Duration.ofDays(100));
        UUID recent = UUID.randomUUID();
        study.submit(recent, MODULE, "who-says-150", new SingleAnswer("a"));

        clock.advance(Duration.ofDays(299));
        privacy.deleteStaleAnonymousLearners();
        assertThat(count("learner", "id", stale)).as("399 days: kept").isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        assertThat(privacy.deleteStaleAnonymousLearners()).isGreaterThanOrEqualTo(1);

        for (String table : List.of("learner", "study_progress", "study_response", "study_hint", "study_visit")) {
            assertThat(count(table, table.equals("learner") ? "id" : "learner_id", stale))
                    .as(table)
                    .isZero();
        }
        assertThat(count("study_response", "learner_id", recent))
                .as("seen 301 days ago")
                .isEqualTo(1);
        for (UUID owned : learners) {
            assertThat(count("learner", "id", owned))
                    .as("an account's learner stays")
                    .isEqualTo(1);
        }
        assertThat(count("app_user", "id", student.id())).isEqualTo(1);
    }

    private String privacyExportOf(UserRef user) throws Exception {
        users.signIn(user);
        JsonNode node = json.readTree(privacy.exportMine());
        ClassroomTestUsers.signOut();
        return node.get("tables").toString();
    }

    /** The student's ids a column may hold: account ids in columns about people, attempt and response ids. */
    private Set<Long> idsFor(String table, String column, Set<Long> attemptIds, Set<Long> responseIds) {
        Set<Long> ids = new HashSet<>();
        if (column.equals("student_id")
                || column.equals("user_id")
                || column.equals("teacher_id")
                || column.equals("reviewed_by")
                || (table.equals("app_user") && column.equals("id"))) {
            ids.add(student.id());
        }
        if (column.equals("attempt_id") || (table.equals("assignment_attempt") && column.equals("id"))) {
            ids.addAll(attemptIds);
        }
        if (table.equals("assignment_response") && column.equals("id")) {
            ids.addAll(responseIds);
        }
        return ids;
    }

    private Assignment assign(SchoolClass schoolClass) {
        return assign(schoolClass, FeedbackTiming.IMMEDIATE);
    }

    private Assignment assign(SchoolClass schoolClass, FeedbackTiming timing) {
        LocalDateTime now = LocalDateTime.now(clock);
        return classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(MODULE, "", now.minusHours(1), now.plusDays(7), 1, timing, false, false));
    }

    private long count(String table, String column, Object value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                .param(value)
                .query(Long.class)
                .single();
    }

    private boolean hasColumn(String table, String column) {
        try (Connection c = dataSource.getConnection();
                var rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)
                        && rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return true;
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lower(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
