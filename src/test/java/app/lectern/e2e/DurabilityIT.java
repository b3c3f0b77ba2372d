package app.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every answer a learner saw feedback for survives a {@code kill -9} of the server. Each round a new learner (a new
 * browser with its own cookie) answers questions of the seed module in real Chromium, the packaged app is killed
 * with SIGKILL at a seeded random moment — a little after a feedback arrived, or while a Check request is in flight
 * — then restarted on the same database, where the learner reloads the section and must find the feedback of every
 * answer the page had shown. Runs on the default H2 file database; {@link DurabilityPostgresIT} on PostgreSQL.
 * Override the seed with {@code -Dlectern.durability.seed=...} to replay a run, the number of rounds with {@code
 * -Dlectern.durability.rounds=...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DurabilityIT {

    /** Kill -9 rounds: a few in every {@code verify}, 20 in the {@code soak} profile that {@code .ci/run} runs. */
    static final int ROUNDS = Integer.getInteger("lectern.durability.rounds", 20);

    private static final String SECTION = "/modules/china-russia-ukraine/kyiv-accuses";

    private static final List<String> QUESTIONS =
            List.of("captured-count", "mercenaries-count", "who-says-150", "baseless-phrase", "foreign-fighters-new");

    /** The feedback states of a question the learner has seen graded. */
    private static final Set<String> GRADED = Set.of("right", "wrong", "partial", "pending");

    private Playwright playwright;
    private Browser browser;
    private LecternProcess app;

    /** The app as this class runs it; subclasses choose another database. */
    LecternProcess newProcess(Path dataDir) throws Exception {
        return new LecternProcess(dataDir);
    }

    /** For the printed numbers. */
    String database() {
        return "H2";
    }

    @BeforeAll
    void browser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void noAnswerWithFeedbackIsLostWhenTheServerIsKilled() throws Exception {
        long seed = Long.getLong("lectern.durability.seed", System.nanoTime());
        Random random = new Random(seed);
        ClassDataCache.Launch launch = ClassDataCache.launch();
        Path data = Files.createTempDirectory(Path.of("target"), "durability-");
        Instant began = Instant.now();
        int confirmed = 0;
        int inFlight = 0;
        int inFlightStored = 0;
        List<String> lost = new ArrayList<>();
        Round previous = null;
        for (int round = 1; round <= ROUNDS + 1; round++) {
            app = newProcess(data).withJvm(launch.jar(), launch.jvmOptions()).start();
            if (previous != null) {
                // the restart: the previous round's learner reloads the section
                Page page = previous.page();
                page.navigate(app.url(SECTION));
                page.locator("#q-" + QUESTIONS.getFirst()).waitFor();
                for (Map.Entry<String, String> e : previous.seen().entrySet()) {
                    String after = state(page, e.getKey());
                    confirmed++;
                    if (!e.getValue().equals(after)) {
                        lost.add("round " + previous.number() + ": " + e.getKey() + " was '" + e.getValue()
                                + "', after the restart '" + after + "'");
                    }
                }
                if (previous.unconfirmed() != null && GRADED.contains(state(page, previous.unconfirmed()))) {
                    inFlightStored++;
                }
                page.context().close();
            }
            if (round > ROUNDS) {
                app.stop();
                break;
            }
            Page page = browser.newContext().newPage();
            page.navigate(app.url(SECTION));
            page.locator("#q-" + QUESTIONS.getFirst()).waitFor();

            List<String> order = new ArrayList<>(QUESTIONS);
            Collections.shuffle(order, random);
            int answers = 1 + random.nextInt(order.size());
            boolean killInFlight = random.nextBoolean();
            for (int i = 0; i < answers; i++) {
                String q = order.get(i);
                fillIn(page, q, random);
                page.locator("#q-" + q + "-check").click();
                boolean last = i == answers - 1;
                if (!(last && killInFlight)) {
                    page.waitForCondition(() -> GRADED.contains(state(page, q)));
                }
            }
            // a seeded moment: up to 40 ms after the last click (the request is usually still in flight), or up to
            // 300 ms after its feedback arrived
            Thread.sleep(killInFlight ? random.nextInt(40) : random.nextInt(300));
            int status = app.kill();
            assertThat(status).as("killed by SIGKILL, not shut down").isEqualTo(137);
            // whatever reached the browser before the kill is rendered now; that is what the learner saw
            page.waitForTimeout(300);
            Map<String, String> seen = new LinkedHashMap<>();
            for (String q : order.subList(0, answers)) {
                String state = state(page, q);
                if (GRADED.contains(state)) {
                    seen.put(q, state);
                }
            }
            String unconfirmed = killInFlight ? order.get(answers - 1) : null;
            if (unconfirmed != null && !seen.containsKey(unconfirmed)) {
                inFlight++;
            } else {
                unconfirmed = null;
            }
            previous = new Round(round, page, seen, unconfirmed);
        }
        app = null;
        long seconds = Duration.between(began, Instant.now()).toSeconds();
        System.out.printf(
                "Durability (%s, seed %d): %d rounds, %d answers with feedback seen, %d lost; %d kills while a Check"
                        + " was in flight without feedback (%d of those answers stored anyway, which is allowed);"
                        + " %d s%n",
                database(), seed, ROUNDS, confirmed, lost.size(), inFlight, inFlightStored, seconds);
        assertThat(lost).as("answers lost (seed %d)", seed).isEmpty();
        assertThat(confirmed).as("answers checked").isGreaterThanOrEqualTo(ROUNDS / 2);
    }

    @Test
    void aDoubleClickAndTwoTabsStoreOneResponse() throws Exception {
        ClassDataCache.Launch launch = ClassDataCache.launch();
        Path data = Files.createTempDirectory(Path.of("target"), "double-submit-");
        app = newProcess(data).withJvm(launch.jar(), launch.jvmOptions()).start();
        BrowserContext learner = browser.newContext();
        Page tab = learner.newPage();
        Page other = learner.newPage();
        for (Page p : List.of(tab, other)) {
            p.navigate(app.url(SECTION));
            p.locator("#q-who-says-150").waitFor();
        }

        // a wrong answer leaves tries, so a second click that got through would store a second try
        tab.locator("#q-captured-count input").fill("7");
        tab.locator("#q-captured-count-check").dblclick();
        tab.waitForCondition(() -> "wrong".equals(state(tab, "captured-count")));

        for (Page p : List.of(tab, other)) {
            p.locator("#q-who-says-150 vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Officials in Kyiv"))
                    .click();
        }
        tab.locator("#q-who-says-150-check").click();
        tab.waitForCondition(() -> "right".equals(state(tab, "who-says-150")));
        other.locator("#q-who-says-150-check").click();
        other.waitForCondition(() -> "note".equals(state(other, "who-says-150")));
        assertThat(other.locator("#q-who-says-150-feedback").textContent()).contains("already been answered");

        String id = learner.cookies().stream()
                .filter(c -> c.name.equals("lectern_learner"))
                .findFirst()
                .orElseThrow()
                .value;
        learner.close();
        app.stop();
        assertThat(storedResponses(data, id, "captured-count"))
                .as("double click")
                .isEqualTo(1);
        assertThat(storedResponses(data, id, "who-says-150")).as("two tabs").isEqualTo(1);
    }

    /** How many responses the database holds for a learner and question; the app is stopped. */
    long storedResponses(Path dataDir, String learnerId, String questionId) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("lectern"), "sa", "");
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from study_response where learner_id = ? and question_id = ?")) {
            s.setObject(1, java.util.UUID.fromString(learnerId));
            s.setString(2, questionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What a learner saw before a kill: feedback states by question, and the question whose Check got none. */
    private record Round(int number, Page page, Map<String, String> seen, String unconfirmed) {}

    /** Types or picks a random answer, right or wrong. */
    private static void fillIn(Page page, String q, Random random) {
        Locator card = page.locator("#q-" + q);
        switch (q) {
            case "captured-count", "mercenaries-count" ->
                card.locator("input")
                        .fill(String.valueOf(
                                random.nextBoolean() ? (q.startsWith("captured") ? 2 : 150) : 1 + random.nextInt(200)));
            case "baseless-phrase" ->
                card.locator("input")
                        .fill(List.of("completely baseless", "totally false", "fake news")
                                .get(random.nextInt(3)));
            case "who-says-150" ->
                card.locator("vaadin-radio-button").nth(random.nextInt(4)).click();
            case "foreign-fighters-new" ->
                card.locator("vaadin-radio-button").nth(random.nextInt(2)).click();
            default -> throw new IllegalArgumentException(q);
        }
    }

    /** The feedback state the page shows for a question ({@code data-state}), or {@code ""}. */
    private static String state(Page page, String q) {
        String state = page.locator("#q-" + q + "-feedback").getAttribute("data-state");
        return state == null ? "" : state;
    }
}
