package app.lectern.classroom.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.AttemptView;
import app.lectern.classroom.attempt.ItemDraw;
import app.lectern.classroom.attempt.ReviewService;
import app.lectern.classroom.attempt.StudentWork;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.truefalse.TrueFalseQuestion;
import app.lectern.testsupport.LecternSpringTest;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #11 finding 1, item pools: each student of an assignment gets the variants drawn for them, stored, so a reload
 * draws nothing new and two students see different variants; scores, the gradebook and the item analysis count the
 * drawn variants only.
 */
@LecternSpringTest
class ItemPoolDrawTest {

    private static final String MODULE = "china-russia-ukraine";
    private static final LearningModule FULL = new ModuleLoader()
            .load(Path.of("content", MODULE, "module.yaml"))
            .module()
            .orElseThrow();
    /** The module's pool of true-false variants (it has pools of other types too). */
    private static final ItemPool POOL = FULL.pools()
            .filter(p -> p.id().equals("claim-or-established"))
            .findFirst()
            .orElseThrow();

    @Autowired
    AttemptService attempts;

    @Autowired
    ClassroomService classroom;

    @Autowired
    GradebookService gradebook;

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theDrawIsSeededPerStudentAndAssignmentAndCoversThePool() {
        assertThat(ItemDraw.draw(POOL, 7, 11))
                .isEqualTo(ItemDraw.draw(POOL, 7, 11))
                .hasSize(POOL.draw());
        Set<List<String>> draws = new HashSet<>();
        for (long student = 1; student <= 30; student++) {
            draws.add(ItemDraw.draw(POOL, 7, student));
        }
        assertThat(draws)
                .as("every variant is drawn for someone")
                .hasSize(POOL.questions().size());
    }

    @Test
    void studentsGetDifferentStoredDrawsAndScoresCountOnlyTheirs() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef teacher = users.teacher("Pool Teacher");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("Pools " + UUID.randomUUID(), ZoneOffset.UTC);
        List<UserRef> students = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UserRef s = users.student("Pool Student " + i);
            users.signIn(s);
            classroom.joinWithCode(schoolClass.joinCode());
            students.add(s);
        }
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Assignment a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusDays(1), now.plusDays(7), 2, FeedbackTiming.IMMEDIATE, false, false));

        Map<Long, String> drawn = new LinkedHashMap<>();
        for (UserRef s : students) {
            users.signIn(s);
            AttemptView view = attempts.open(a.id());
            List<String> mine = variantsIn(view.module());
            assertThat(mine).hasSize(POOL.draw());
            assertThat(variantsIn(attempts.open(a.id()).module()))
                    .as("a reload draws nothing new")
                    .isEqualTo(mine);
            assertThat(view.module().questions().count()).isEqualTo(FULL.questionsPerLearner());
            drawn.put(s.id(), mine.getFirst());
        }
        assertThat(new HashSet<>(drawn.values()))
                .as("two students see different variants")
                .hasSizeGreaterThan(1);
        assertThat(jdbc.sql("select count(*) from assignment_item_draw where assignment_id = ?")
                        .param(a.id())
                        .query(Long.class)
                        .single())
                .as("stored, one row per student and pool")
                .isEqualTo(students.size() * FULL.pools().count());

        // the first student answers their variant right, and cannot answer one not drawn for them
        UserRef first = students.getFirst();
        String theirs = drawn.get(first.id());
        String other = POOL.questions().stream()
                .map(Question::id)
                .filter(id -> !id.equals(theirs))
                .findFirst()
                .orElseThrow();
        users.signIn(first);
        boolean key = ((TrueFalseQuestion) FULL.question(theirs).orElseThrow()).answer();
        assertThat(attempts.answer(a.id(), theirs, new TrueFalseAnswer(key)).correct())
                .isTrue();
        assertThatThrownBy(() -> attempts.answer(a.id(), other, new TrueFalseAnswer(true)))
                .isInstanceOf(NoSuchElementException.class);

        users.signIn(teacher);
        assertThat(reviews.studentWork(a.id(), first.id()).questions().stream()
                        .map(StudentWork.QuestionWork::questionId)
                        .filter(id -> POOL.questions().stream().anyMatch(q -> q.id().equals(id))))
                .as("the teacher's page of the student's work lists the drawn variant only")
                .containsExactly(theirs);
        Gradebook book = gradebook.gradebook(a.id());
        GradebookRow row = gradebook.rows(a.id(), 0, 10, GradebookSort.BY_NAME).stream()
                .filter(r -> r.studentId() == first.id())
                .findFirst()
                .orElseThrow();
        double perLearner = FULL.questions().mapToDouble(Question::points).sum()
                - FULL.pools()
                        .mapToDouble(p -> p.questions().stream()
                                        .mapToDouble(Question::points)
                                        .sum()
                                - p.draw() * p.questions().getFirst().points())
                        .sum();
        assertThat(row.maxPoints())
                .as("the total counts the drawn variant only")
                .isEqualTo(perLearner);
        assertThat(row.points()).isEqualTo(1.0);
        assertThat(row.cells().stream()
                        .filter(c -> c.questionId().equals(other))
                        .findFirst()
                        .orElseThrow()
                        .maxPoints())
                .as("a variant not drawn is no part of the student's total")
                .isZero();
        assertThat(attempts.progress(a.id()).stream()
                        .filter(p -> p.studentId() == first.id())
                        .findFirst()
                        .orElseThrow()
                        .maxPoints())
                .isEqualTo(perLearner);

        ItemAnalysis variant = item(book, theirs);
        ItemAnalysis notAnswered = item(book, other);
        ItemAnalysis whole = item(book, POOL.id());
        assertThat(variant.answered()).isEqualTo(1);
        assertThat(variant.facility()).isEqualTo(1.0);
        assertThat(notAnswered.answered()).isZero();
        assertThat(whole.column().type()).isEqualTo("pool");
        assertThat(whole.answered()).as("the pool as a whole").isEqualTo(1);
    }

    private static List<String> variantsIn(LearningModule module) {
        return variantsIn(module.questions().map(Question::id).toList());
    }

    private static List<String> variantsIn(List<String> questionIds) {
        Set<String> ids =
                new HashSet<>(POOL.questions().stream().map(Question::id).toList());
        return questionIds.stream().filter(ids::contains).toList();
    }

    private static ItemAnalysis item(Gradebook book, String id) {
        return book.items().stream()
                .filter(i -> i.column().questionId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aResetDrawsVariantsTheStudentHasNotSeenWhileThePoolHasThem() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef teacher = users.teacher("Reset Pool Teacher");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("Reset pools " + UUID.randomUUID(), ZoneOffset.UTC);
        UserRef student = users.student("Reset Pool Student");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Assignment a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusDays(1), now.plusDays(7), 2, FeedbackTiming.IMMEDIATE, false, false));

        List<String> seen = new ArrayList<>();
        for (int round = 0; round <= POOL.questions().size(); round++) {
            users.signIn(student);
            List<String> mine = variantsIn(attempts.open(a.id()).module());
            String variant = mine.getFirst();
            boolean key = ((TrueFalseQuestion) FULL.question(variant).orElseThrow()).answer();
            attempts.answer(a.id(), variant, new TrueFalseAnswer(key));
            users.signIn(teacher);
            assertThat(variantsIn(reviews.studentWork(a.id(), student.id()).questions().stream()
                            .map(StudentWork.QuestionWork::questionId)
                            .toList()))
                    .as("the teacher sees the variant of the current attempt")
                    .containsExactly(variant);
            if (round < POOL.questions().size()) {
                assertThat(seen)
                        .as("round %d draws a variant not seen before", round)
                        .doesNotContain(variant);
            } else {
                assertThat(seen)
                        .as("with every variant seen, one is drawn again")
                        .contains(variant);
            }
            seen.add(variant);
            assertThat(reviews.resetAttempt(a.id(), student.id())).isTrue();
        }
    }
}
