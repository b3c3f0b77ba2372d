package app.lectern.study;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.testsupport.LecternSpringTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Claiming anonymous self-study progress into an account at sign-in, with two modules (the seed module and a copy
 * under another id) so that one can move while the other conflicts.
 */
@LecternSpringTest
class StudyClaimTest {

    static final String MODULE = "china-russia-ukraine";
    static final String OTHER = "claim-test-copy";

    @TempDir
    static Path content;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lectern.content-dir", StudyClaimTest::twoModules);
    }

    static String twoModules() {
        try {
            String yaml = Files.readString(Path.of("content", MODULE, "module.yaml"));
            Files.createDirectories(content.resolve(MODULE));
            Files.writeString(content.resolve(MODULE).resolve("module.yaml"), yaml);
            Files.createDirectories(content.resolve(OTHER));
            Files.writeString(
                    content.resolve(OTHER).resolve("module.yaml"),
                    yaml.replaceFirst("(?m)^id: " + MODULE + "$", "id: " + OTHER));
            return content.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    StudyService study;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private final UUID anonymous = UUID.randomUUID();
    private long user;

    @BeforeEach
    void account() {
        user = accounts.createStudent("Claim Tester", "correct-horse-battery").id();
        assertThat(study.module(OTHER)).as("the copied module is served").isPresent();
    }

    @Test
    void aFirstSignInMovesTheBrowsersProgressToAFreshAccountLearner() {
        study.visit(anonymous, MODULE, "kyiv-accuses");
        study.submit(anonymous, MODULE, "who-says-150", new SingleAnswer("c"));
        study.takeHint(anonymous, MODULE, "baseless-phrase");
        Map<String, Long> before = rows(anonymous);

        StudyService.Claim claim = study.claim(anonymous, user);

        assertThat(claim.accountLearner())
                .as("never the cookie's id: whoever knows it must not reach the account")
                .isNotEqualTo(anonymous)
                .isEqualTo(study.accountLearner(user));
        assertThat(claim.movedModules()).containsExactly(MODULE);
        assertThat(rows(claim.accountLearner())).isEqualTo(before);
        assertThat(rows(anonymous).values()).containsOnly(0L);
        assertThat(jdbc.sql("select merged_into from learner where id = ?")
                        .param(anonymous)
                        .query(UUID.class)
                        .single())
                .isEqualTo(claim.accountLearner());
        LearnerProgress progress = study.progress(study.accountLearner(user), MODULE);
        assertThat(progress.answers()).containsEntry("who-says-150", new SingleAnswer("c"));
        assertThat(progress.hintsTaken()).contains("baseless-phrase");
        assertThat(progress.lastSectionId()).isEqualTo("kyiv-accuses");
    }

    @Test
    void withAnAccountLearnerOnlyUnstartedModulesMoveAndTheAccountsProgressWins() {
        UUID account = study.accountLearner(user);
        study.submit(account, MODULE, "who-says-150", new SingleAnswer("c"));
        // the anonymous learner answered the same question differently, and another module too
        study.submit(anonymous, MODULE, "who-says-150", new SingleAnswer("a"));
        study.submit(anonymous, OTHER, "who-says-150", new SingleAnswer("b"));
        study.submit(anonymous, OTHER, "captured-count", new NumericAnswer(2.0));
        study.visit(anonymous, OTHER, "the-fighters");
        long allBefore = allRows(account, anonymous);
        Map<String, Long> accountBefore = rows(account);

        StudyService.Claim claim = study.claim(anonymous, user);

        assertThat(claim.accountLearner()).isEqualTo(account);
        assertThat(claim.movedModules()).containsExactly(OTHER);
        assertThat(claim.keptModules()).containsExactly(MODULE);
        assertThat(allRows(account, anonymous))
                .as("nothing lost, nothing added")
                .isEqualTo(allBefore);
        assertThat(study.progress(account, MODULE).answers())
                .as("the account's own answer stands")
                .containsEntry("who-says-150", new SingleAnswer("c"));
        LearnerProgress moved = study.progress(account, OTHER);
        assertThat(moved.answers())
                .containsEntry("who-says-150", new SingleAnswer("b"))
                .containsEntry("captured-count", new NumericAnswer(2.0));
        assertThat(moved.lastSectionId()).isEqualTo("the-fighters");
        assertThat(count("study_response", account, MODULE)).isEqualTo(accountBefore.get("study_response"));
        assertThat(count("study_response", anonymous, MODULE))
                .as("the anonymous rounds of the conflicting module stay stored under the old id")
                .isEqualTo(1);
        assertThat(count("study_response", anonymous, OTHER)).isZero();
        assertThat(jdbc.sql("select merged_into from learner where id = ?")
                        .param(anonymous)
                        .query(UUID.class)
                        .single())
                .isEqualTo(account);
    }

    @Test
    void aSecondClaimOfTheSameLearnerMovesNothing() {
        study.accountLearner(user);
        study.submit(anonymous, OTHER, "who-says-150", new SingleAnswer("b"));
        study.claim(anonymous, user);

        StudyService.Claim again = study.claim(anonymous, user);

        assertThat(again.movedModules()).isEmpty();
        assertThat(again.keptModules()).isEmpty();
    }

    @Test
    void anotherAccountsLearnerIsNeverClaimed() {
        study.submit(anonymous, MODULE, "who-says-150", new SingleAnswer("c"));
        study.claim(anonymous, user);
        long other =
                accounts.createStudent("Someone Else", "correct-horse-battery").id();
        Map<String, Long> before = rows(anonymous);

        StudyService.Claim claim = study.claim(anonymous, other);

        assertThat(claim.accountLearner()).isNull();
        assertThat(claim.movedModules()).isEmpty();
        assertThat(rows(anonymous)).isEqualTo(before);
        assertThat(study.progress(study.accountLearner(user), MODULE).answers())
                .containsEntry("who-says-150", new SingleAnswer("c"));
        assertThat(study.progress(study.accountLearner(other), MODULE).answers())
                .isEmpty();
    }

    @Test
    void noCookieOrAnUnusedOneClaimsAndCreatesNothing() {
        assertThat(study.claim(null, user).accountLearner()).isNull();
        assertThat(study.claim(anonymous, user).accountLearner()).isNull();
        assertThat(jdbc.sql("select count(*) from learner where user_id = ? or id = ?")
                        .params(user, anonymous)
                        .query(Integer.class)
                        .single())
                .isZero();

        UUID account = study.accountLearner(user);
        assertThat(study.claim(null, user).accountLearner()).isEqualTo(account);
    }

    private Map<String, Long> rows(UUID learner) {
        return TABLES.stream()
                .collect(Collectors.toMap(
                        t -> t,
                        t -> jdbc.sql("select count(*) from " + t + " where learner_id = ?")
                                .param(learner)
                                .query(Long.class)
                                .single()));
    }

    private long allRows(UUID a, UUID b) {
        return rows(a).values().stream().mapToLong(Long::longValue).sum()
                + rows(b).values().stream().mapToLong(Long::longValue).sum();
    }

    private long count(String table, UUID learner, String module) {
        return jdbc.sql("select count(*) from " + table + " where learner_id = ? and module_id = ?")
                .params(learner, module)
                .query(Long.class)
                .single();
    }

    private static final List<String> TABLES = List.of("study_progress", "study_response", "study_hint", "study_visit");
}
