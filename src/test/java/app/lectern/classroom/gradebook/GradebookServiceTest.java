package app.lectern.classroom.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.Skill;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The teacher's gradebook, against a small class whose students answer through {@link AttemptService}, with the
 * shipped module, a clock the tests move and H2.
 */
@LecternSpringTest
class GradebookServiceTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    GradebookService gradebook;

    @Autowired
    AttemptService attempts;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    ClassroomTestUsers users;
    UserRef teacher;
    SchoolClass schoolClass;

    @BeforeEach
    void aClass() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneId.of("Europe/Berlin"));
    }

    @AfterEach
    void reset() {
        ClassroomTestUsers.signOut();
        clock.reset();
    }

    /** Maria submits 1 point, Chloé is working (one wrong, one open answer), Ben never opened it. */
    private Assignment aSmallClassAtWork() {
        Assignment a = assign(2);
        UserRef maria = join("Maria Lopez");
        UserRef ben = join("Ben Idle");
        UserRef chloe = join("Chloé Durand");

        users.signIn(maria);
        attempts.open(a.id());
        clock.advance(Duration.ofMinutes(30));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        clock.advance(Duration.ofMinutes(3));
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        clock.advance(Duration.ofMinutes(15));
        attempts.submit(a.id());

        users.signIn(chloe);
        attempts.answer(a.id(), "who-says-150", new SingleAnswer("a"));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(3.0));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(3.0));
        attempts.answer(a.id(), "peacemaker-essay", new OpenAnswer("Kyiv doubts it because of the fighters."));
        users.signIn(ben);
        users.signIn(teacher);
        return a;
    }

    @Test
    void theTeacherSeesEveryStudentsScoresStatusAndTimeByName() {
        Assignment a = aSmallClassAtWork();

        assertThat(gradebook.count(a.id())).isEqualTo(3);
        List<GradebookRow> rows = gradebook.rows(a.id(), 0, 50, GradebookSort.BY_NAME);
        assertThat(rows)
                .extracting(GradebookRow::displayName)
                .containsExactly("Ben Idle", "Chloé Durand", "Maria Lopez");
        GradebookRow ben = rows.get(0);
        GradebookRow chloe = rows.get(1);
        GradebookRow maria = rows.get(2);

        assertThat(maria.status()).isEqualTo(GradebookStatus.SUBMITTED);
        assertThat(maria.points()).isEqualTo(1.0);
        assertThat(maria.answered()).isEqualTo(2);
        assertThat(maria.late()).isFalse();
        // active time: the 30 minutes before the first answer and the 15 before the submit are breaks
        assertThat(maria.timeSpent())
                .isBetween(Duration.ofMinutes(3), Duration.ofMinutes(3).plusSeconds(5));
        double max = maria.maxPoints();
        assertThat(max).isGreaterThan(30).isEqualTo(ben.maxPoints());
        assertThat(maria.percent()).isCloseTo(100.0 / max, within(1e-9));
        GradebookCell captured = cell(a, maria, "captured-count");
        assertThat(captured.answered()).isTrue();
        assertThat(captured.fullMarks()).isTrue();
        assertThat(captured.points()).isEqualTo(1.0);
        assertThat(captured.tries()).isEqualTo(1);
        assertThat(cell(a, maria, "who-says-150").points()).isZero();
        assertThat(cell(a, maria, "who-says-150").answered()).isTrue();
        assertThat(cell(a, maria, "tacit-meaning").answered()).isFalse();

        assertThat(chloe.status()).isEqualTo(GradebookStatus.IN_PROGRESS);
        assertThat(chloe.points()).isZero();
        assertThat(chloe.answered()).isEqualTo(3);
        assertThat(chloe.pending()).isEqualTo(1);
        assertThat(cell(a, chloe, "captured-count").tries()).isEqualTo(2);
        assertThat(cell(a, chloe, "peacemaker-essay").pending()).isTrue();
        assertThat(chloe.timeSpent()).isNotNull();

        assertThat(ben.status()).isEqualTo(GradebookStatus.NOT_STARTED);
        assertThat(ben.startedAt()).isNull();
        assertThat(ben.timeSpent()).isNull();
        assertThat(ben.cells()).noneMatch(GradebookCell::answered);

        assertThat(maria.skills().get(Skill.RECALL).points()).isEqualTo(1.0);
        assertThat(maria.skills().get(Skill.SOURCING).points()).isZero();
        assertThat(maria.skills()).containsKeys(Skill.VOCABULARY, Skill.INFERENCE, Skill.MAIN_IDEA);
    }

    @Test
    void rowsComePageByPageInTheAskedOrder() {
        Assignment a = aSmallClassAtWork();

        assertThat(gradebook.rows(a.id(), 1, 1, GradebookSort.BY_NAME))
                .extracting(GradebookRow::displayName)
                .containsExactly("Chloé Durand");
        assertThat(gradebook.rows(a.id(), 0, 2, new GradebookSort(GradebookSort.Key.NAME, true)))
                .extracting(GradebookRow::displayName)
                .containsExactly("Maria Lopez", "Chloé Durand");
        assertThat(gradebook.rows(a.id(), 0, 3, new GradebookSort(GradebookSort.Key.POINTS, true)))
                .extracting(GradebookRow::displayName)
                .containsExactly("Maria Lopez", "Ben Idle", "Chloé Durand");
        assertThat(gradebook.rows(a.id(), 0, 3, new GradebookSort(GradebookSort.Key.SUBMITTED, true)))
                .extracting(GradebookRow::displayName)
                .as("who has not submitted comes last either way")
                .containsExactly("Maria Lopez", "Ben Idle", "Chloé Durand");
        assertThat(gradebook.rows(a.id(), 1, 5, new GradebookSort(GradebookSort.Key.STATUS, false)))
                .extracting(GradebookRow::displayName)
                .containsExactly("Chloé Durand", "Maria Lopez");
        assertThat(gradebook.rows(a.id(), 3, 5, GradebookSort.BY_NAME)).isEmpty();
        assertThatThrownBy(() -> gradebook.rows(a.id(), -1, 5, GradebookSort.BY_NAME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Nine students in every state: never opened, opened only, answered right or wrong, submitted or not. */
    private Assignment aClassInEveryState() {
        Assignment a = assign(2);
        for (int i = 0; i < 9; i++) {
            UserRef student = join("Pupil " + (char) ('A' + (i * 5) % 9) + " " + i);
            if (i % 4 == 0) {
                continue;
            }
            attempts.open(a.id());
            clock.advance(Duration.ofMinutes(i));
            if (i != 5) {
                attempts.answer(a.id(), "captured-count", new NumericAnswer(i % 2 == 0 ? 2.0 : 3.0));
                clock.advance(Duration.ofMinutes(i % 3 + 1));
            }
            if (i % 3 == 0) {
                attempts.answer(a.id(), "who-says-150", new SingleAnswer("b"));
            }
            if (i % 2 == 1) {
                attempts.submit(a.id());
            }
            clock.advance(Duration.ofMinutes(7));
        }
        users.signIn(teacher);
        return a;
    }

    @Test
    void everyColumnSortsAcrossPagesInTheDatabase() {
        Assignment a = aClassInEveryState();
        List<GradebookRow> all = gradebook.rows(a.id(), 0, 100, GradebookSort.BY_NAME);
        assertThat(all).hasSize(9);
        assertThat(all).extracting(GradebookRow::timeSpent).containsNull().anyMatch(t -> t != null);
        assertThat(all).extracting(GradebookRow::status).contains(GradebookStatus.values());
        assertThat(all).extracting(GradebookRow::points).contains(0.0).anyMatch(p -> p > 0);
        Comparator<GradebookRow> byName = Comparator.comparing(GradebookRow::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(GradebookRow::studentId);
        for (GradebookSort.Key key : GradebookSort.Key.values()) {
            for (boolean descending : List.of(false, true)) {
                GradebookSort sort = new GradebookSort(key, descending);
                List<GradebookRow> expected =
                        all.stream().sorted(order(sort, byName)).toList();
                List<GradebookRow> paged = new ArrayList<>();
                for (int offset = 0; offset < 9; offset += 4) {
                    List<GradebookRow> page = gradebook.rows(a.id(), offset, 4, sort);
                    assertThat(page)
                            .as("%s, rows %d to %d", sort, offset, offset + 3)
                            .extracting(GradebookRow::studentId)
                            .containsExactlyElementsOf(expected.subList(offset, Math.min(9, offset + 4)).stream()
                                    .map(GradebookRow::studentId)
                                    .toList());
                    paged.addAll(page);
                }
                assertThat(paged)
                        .as("%s", sort)
                        .usingRecursiveFieldByFieldElementComparator()
                        .isEqualTo(expected);
            }
        }
    }

    /** The order a teacher expects: the column's values, missing ones last either way, ties by name. */
    private static Comparator<GradebookRow> order(GradebookSort sort, Comparator<GradebookRow> byName) {
        boolean desc = sort.descending();
        Comparator<GradebookRow> key = switch (sort.key()) {
            case NAME -> desc ? byName.reversed() : byName;
            case STATUS ->
                desc
                        ? Comparator.comparing(GradebookRow::status).reversed()
                        : Comparator.comparing(GradebookRow::status);
            case POINTS ->
                desc
                        ? Comparator.comparingDouble(GradebookRow::points).reversed()
                        : Comparator.comparingDouble(GradebookRow::points);
            case STARTED -> Comparator.comparing(GradebookRow::startedAt, nullsLast(desc));
            case SUBMITTED -> Comparator.comparing(GradebookRow::submittedAt, nullsLast(desc));
            case TIME_SPENT -> Comparator.comparing(GradebookRow::timeSpent, nullsLast(desc));
        };
        return key.thenComparing(byName);
    }

    private static <T extends Comparable<T>> Comparator<T> nullsLast(boolean descending) {
        return Comparator.nullsLast(descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder());
    }

    @Test
    void theSummaryChartQuestionsAndSkillsAddUp() {
        Assignment a = aSmallClassAtWork();

        Gradebook book = gradebook.gradebook(a.id());

        assertThat(book.assignment().title()).isEqualTo(a.title());
        assertThat(book.columns())
                .as("45 practice questions, 9 assessment questions, pools of 2, 3 and 3")
                .hasSize(62);
        assertThat(book.columns().getFirst().questionId()).isEqualTo("captured-count");
        assertThat(book.columns().getFirst().number()).isEqualTo(1);
        assertThat(book.columns().getFirst().sectionTitle()).isEqualTo("Kyiv points at Beijing");
        assertThat(book.columns().getFirst().type()).isEqualTo("numeric");
        GradebookColumn essayColumn = book.columns().get(45);
        assertThat(essayColumn.questionId()).isEqualTo("peacemaker-essay");
        assertThat(essayColumn.autoScored()).isFalse();
        assertThat(essayColumn.maxPoints()).isEqualTo(4.0);
        assertThat(book.columns().getLast().questionId())
                .as("the pool's variants come last")
                .isEqualTo("approval-established");

        GradebookSummary s = book.summary();
        assertThat(s.students()).isEqualTo(3);
        assertThat(s.started()).isEqualTo(2);
        assertThat(s.answered()).isEqualTo(2);
        assertThat(s.submitted()).isEqualTo(1);
        assertThat(s.late()).isZero();
        assertThat(s.pendingReviews()).isEqualTo(1);
        double max =
                gradebook.rows(a.id(), 0, 1, GradebookSort.BY_NAME).getFirst().maxPoints();
        assertThat(s.averagePercent()).isCloseTo((100.0 / max + 0) / 2, within(1e-9));

        assertThat(book.distribution()).hasSize(10);
        assertThat(book.distribution().getFirst()).isEqualTo(new ScoreBucket(0, 10, 2));
        assertThat(book.distribution().stream().mapToInt(ScoreBucket::students).sum())
                .as("Ben answered nothing and is not in the chart")
                .isEqualTo(2);

        ItemAnalysis who = item(book, "who-says-150");
        assertThat(who.answered()).isEqualTo(2);
        assertThat(who.facility()).isZero();
        assertThat(who.topWrongAnswer()).isEqualTo("a) China's government");
        assertThat(who.topWrongCount()).isEqualTo(2);
        assertThat(who.discrimination()).isNull();
        assertThat(who.noDiscrimination()).isEqualTo(ItemAnalysis.NoDiscrimination.TOO_FEW_ANSWERS);
        ItemAnalysis captured = item(book, "captured-count");
        assertThat(captured.facility()).isEqualTo(0.5);
        assertThat(captured.topWrongAnswer()).isEqualTo("3 people");
        assertThat(captured.topWrongCount()).isEqualTo(1);
        ItemAnalysis essay = item(book, "peacemaker-essay");
        assertThat(essay.answered())
                .as("an answer waiting for review has no grade yet")
                .isZero();
        assertThat(essay.facility()).isNull();
        assertThat(essay.topWrongAnswer()).isNull();
        assertThat(item(book, "tacit-meaning").facility()).isNull();

        SkillMastery recall = book.skills().stream()
                .filter(m -> m.skill() == Skill.RECALL)
                .findFirst()
                .orElseThrow();
        assertThat(recall.students()).isEqualTo(2);
        assertThat(recall.points()).isEqualTo(1.0);
        GradebookRow maria = gradebook.rows(a.id(), 2, 1, GradebookSort.BY_NAME).getFirst();
        assertThat(recall.maxPoints())
                .isEqualTo(2 * maria.skills().get(Skill.RECALL).maxPoints());
        assertThat(recall.percent()).isCloseTo(100.0 / recall.maxPoints(), within(1e-9));
        assertThat(book.skills())
                .extracting(SkillMastery::skill)
                .doesNotHaveDuplicates()
                .contains(Skill.SOURCING);
    }

    @Test
    void lateFlagsFollowTheDueDate() {
        Assignment a = aSmallClassAtWork();
        clock.advance(Duration.ofDays(8));
        users.signIn(join("Dana Late"));
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        attempts.submit(a.id());
        users.signIn(teacher);

        List<GradebookRow> rows = gradebook.rows(a.id(), 0, 10, GradebookSort.BY_NAME);

        assertThat(rows)
                .extracting(GradebookRow::displayName, GradebookRow::late)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ben Idle", true),
                        org.assertj.core.groups.Tuple.tuple("Chloé Durand", true),
                        org.assertj.core.groups.Tuple.tuple("Dana Late", true),
                        org.assertj.core.groups.Tuple.tuple("Maria Lopez", false));
        assertThat(gradebook.gradebook(a.id()).summary().late()).isEqualTo(3);
    }

    @Test
    void onlyTheCurrentAttemptCounts() {
        Assignment a = aSmallClassAtWork();
        // a teacher's reset marks the attempt superseded; its answers stay in the database
        jdbc.sql("update assignment_attempt set superseded_at = ? where assignment_id = ? and submitted_at is not null")
                .params(OffsetDateTime.now(), a.id())
                .update();

        GradebookRow maria = gradebook.rows(a.id(), 2, 1, GradebookSort.BY_NAME).getFirst();

        assertThat(maria.displayName()).isEqualTo("Maria Lopez");
        assertThat(maria.status()).isEqualTo(GradebookStatus.NOT_STARTED);
        assertThat(maria.points()).isZero();
        Gradebook book = gradebook.gradebook(a.id());
        assertThat(book.summary().submitted()).isZero();
        assertThat(item(book, "captured-count").answered()).isEqualTo(1);
    }

    @Test
    void discriminationNeedsTenAnswersAndCompares27PercentGroups() {
        Assignment a = assign(1);
        for (int i = 0; i < 10; i++) {
            users.signIn(join(String.format("Student %02d", i)));
            // the three best students get the true-false question wrong, all others right
            attempts.answer(a.id(), "captured-count", new NumericAnswer(i < 6 ? 2.0 : 9.0));
            attempts.answer(a.id(), "who-says-150", new SingleAnswer(i < 3 ? "c" : "b"));
            attempts.answer(a.id(), "foreign-fighters-new", new TrueFalseAnswer(i < 3));
        }
        users.signIn(join("Student 10"));
        attempts.answer(a.id(), "tacit-meaning", new SingleAnswer("d"));
        users.signIn(teacher);

        Gradebook book = gradebook.gradebook(a.id());

        ItemAnalysis captured = item(book, "captured-count");
        assertThat(captured.answered()).isEqualTo(10);
        assertThat(captured.facility()).isCloseTo(0.6, within(1e-9));
        assertThat(captured.noDiscrimination()).isNull();
        assertThat(captured.discrimination()).isCloseTo(1.0, within(1e-9));
        assertThat(captured.topWrongAnswer()).isEqualTo("9 people");
        assertThat(captured.topWrongCount()).isEqualTo(4);
        ItemAnalysis tf = item(book, "foreign-fighters-new");
        assertThat(tf.facility()).isCloseTo(0.7, within(1e-9));
        assertThat(tf.discrimination()).isCloseTo(-1.0, within(1e-9));
        assertThat(tf.topWrongAnswer()).isEqualTo("True");
        assertThat(item(book, "who-says-150").topWrongAnswer()).isEqualTo("b) US officials, as reported by Reuters");
        ItemAnalysis tacit = item(book, "tacit-meaning");
        assertThat(tacit.answered()).isEqualTo(1);
        assertThat(tacit.discrimination()).isNull();
        assertThat(tacit.noDiscrimination()).isEqualTo(ItemAnalysis.NoDiscrimination.TOO_FEW_ANSWERS);
        assertThat(book.distribution().stream().mapToInt(ScoreBucket::students).sum())
                .isEqualTo(11);
    }

    @Test
    void theCsvOpensCleanlyAndNeutralisesFormulas() throws Exception {
        Assignment a = aSmallClassAtWork();
        UserRef evil = join("=HYPERLINK(\"http://evil.example\",\"Click\")");
        users.signIn(evil);
        attempts.answer(a.id(), "captured-count", new NumericAnswer(2.0));
        users.signIn(teacher);

        CsvExport export = gradebook.csv(a.id(), Locale.ENGLISH);

        assertThat(export.fileName()).isEqualTo("history-9b-" + GradebookCsv.slug(a.title(), "x") + "-gradebook.csv");
        assertThat(export.fileName()).matches("[a-z0-9-]+\\.csv");
        assertThat(export.contentType()).startsWith("text/csv");
        byte[] bytes = export.bytes();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(1 + 4);
        CSVRecord header = records.getFirst();
        assertThat(header.size()).isEqualTo(2 + 62 + 7);
        assertThat(header.get(0)).isEqualTo("Student");
        assertThat(header.get(1)).isEqualTo("Login name");
        assertThat(header.get(2)).isEqualTo("Q1 captured-count (1 pt)");
        int points = 2 + 62;
        assertThat(header.get(points)).isEqualTo("Points");

        Function<String, CSVRecord> byName = name -> records.stream()
                .filter(r -> r.get(0).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in " + records));
        CSVRecord maria = byName.apply("Maria Lopez");
        assertThat(maria.get(1)).as("the login name tells two Marias apart").matches("maria-\\d+");
        assertThat(maria.get(2)).isEqualTo("1");
        assertThat(maria.get(3)).as("mercenaries-count unanswered").isEmpty();
        assertThat(maria.get(4)).as("who-says-150 answered wrong").isEqualTo("0");
        assertThat(maria.get(points)).isEqualTo("1");
        double max = Double.parseDouble(maria.get(points + 1));
        assertThat(max).isGreaterThan(30);
        assertThat(maria.get(points + 3)).isEqualTo("Submitted");
        assertThat(OffsetDateTime.parse(maria.get(points + 4)).getOffset())
                .isEqualTo(ZoneId.of("Europe/Berlin")
                        .getRules()
                        .getOffset(OffsetDateTime.parse(maria.get(points + 4)).toInstant()));
        assertThat(maria.get(points + 5)).isEqualTo("no");
        assertThat(maria.get(points + 6)).as("active minutes").isEqualTo("3");
        CSVRecord chloe = byName.apply("Chloé Durand");
        assertThat(chloe.get(2 + 45)).as("the open essay waits for review").isEqualTo("pending");
        assertThat(chloe.get(points + 3)).isEqualTo("In progress");
        assertThat(chloe.get(points + 4)).isEmpty();
        CSVRecord injected = byName.apply("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(injected.get(2)).isEqualTo("1");
        assertThat(records).noneMatch(r -> r.stream().anyMatch(cell -> cell.startsWith("=")));
    }

    @Test
    void onlyTheClassesTeacherSeesTheGradebook() {
        Assignment a = aSmallClassAtWork();
        List<Runnable> calls = List.of(
                () -> gradebook.gradebook(a.id()),
                () -> gradebook.count(a.id()),
                () -> gradebook.rows(a.id(), 0, 10, GradebookSort.BY_NAME),
                () -> gradebook.csv(a.id(), Locale.ENGLISH));

        users.signIn(users.teacher("Mr Okafor"));
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));
        users.signIn(join("Maria Two"));
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));
        ClassroomTestUsers.signOut();
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));

        users.signIn(teacher);
        long unknown = a.id() + 100_000;
        List<Runnable> guessed = List.of(
                () -> gradebook.gradebook(unknown),
                () -> gradebook.count(unknown),
                () -> gradebook.rows(unknown, 0, 10, GradebookSort.BY_NAME),
                () -> gradebook.csv(unknown, Locale.ENGLISH));
        guessed.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(NoSuchElementException.class));
        calls.forEach(Runnable::run);
    }

    private Assignment assign(int tries) {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), schoolClass.zone());
        return classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE,
                        "The fighters",
                        now.minusHours(1),
                        now.plusDays(7),
                        tries,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        true));
    }

    private UserRef join(String name) {
        UserRef student = users.student(name);
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
        return student;
    }

    private static GradebookCell cell(Assignment a, GradebookRow row, String questionId) {
        return row.cells().stream()
                .filter(c -> c.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    private static ItemAnalysis item(Gradebook book, String questionId) {
        return book.items().stream()
                .filter(i -> i.column().questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
    }
}
