package app.lectern.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.lectern.content.LearningModule;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linter finds every item-writing flaw issue 13 lists in a copy of the seed module as it was before the issue
 * (commit 2cb34a0), kept in {@code src/test/resources/lint/seed-v2}.
 */
class SeedV2LintTest {

    private static final Path FOLDER = Path.of("src/test/resources/lint/seed-v2/china-russia-ukraine");

    private static LearningModule module;
    private static String yaml;
    private static LintReport report;

    @BeforeAll
    static void lint() throws IOException {
        LoadResult loaded = new ModuleLoader().load(FOLDER.resolve("module.yaml"));
        assertThat(loaded.problems()).isEmpty();
        module = loaded.module().orElseThrow();
        yaml = Files.readString(FOLDER.resolve("module.yaml"), StandardCharsets.UTF_8);
        report = new Linter().lint(module, "module.yaml", yaml, FOLDER);
    }

    private static List<LintWarning> of(String rule) {
        return report.warnings().stream().filter(w -> w.rule().equals(rule)).toList();
    }

    private static boolean has(String rule, String item, String... messageParts) {
        return of(rule).stream()
                .anyMatch(w ->
                        w.item().equals(item) && List.of(messageParts).stream().allMatch(w.message()::contains));
    }

    @Test
    void theKeyIsTheLongestOptionInSevenOfTwelveSingleChoiceItems() {
        assertThat(of("key-longest"))
                .filteredOn(w -> w.path().contains(".options["))
                .extracting(LintWarning::item)
                .containsExactlyInAnyOrder(
                        "tacit-meaning",
                        "censorship-matters",
                        "western-concern",
                        "first-open-accusation",
                        "sanctions-meaning",
                        "not-a-surprise",
                        "in-exchange",
                        "restricted-goods",
                        "china-officially-says");
        assertThat(of("key-longest").getFirst().message()).contains("7 of 12 single-choice items of self-study");
    }

    @Test
    void fourOfFiveTrueFalseKeysAreFalse() {
        assertThat(of("true-false-balance"))
                .extracting(LintWarning::item)
                .containsExactlyInAnyOrder(
                        "foreign-fighters-new", "direct-ties-tf", "gunpowder-admitted", "congress-confirmed");
        assertThat(of("true-false-balance").getFirst().message()).contains("4 of 5 true-false keys");
    }

    @Test
    void neighbouringItemsCueEachOther() {
        assertThat(has("cue-item", "mercenaries-count", "'who-says-150'")).isTrue();
        assertThat(has("cue-item", "direct-ties-tf", "'reuters-source'")).isTrue();
        assertThat(has("cue-item", "when-match", "'vision-years'")).isTrue();
        assertThat(has("cue-item", "events-order", "carry their own dates")).isTrue();
    }

    @Test
    void theClaimLedgerCuesTheSourcingQuestions() {
        List<String> cued = of("cue-aid").stream()
                .filter(w -> w.path().startsWith("claims["))
                .map(w -> w.message().replaceAll(".*answers '([^']+)'.*", "$1"))
                .distinct()
                .toList();
        assertThat(cued)
                .contains(
                        "who-says-150",
                        "reuters-source",
                        "evidence-beijing",
                        "baseless-phrase",
                        "alleged-signal",
                        "direct-ties-tf",
                        "gunpowder-admitted",
                        "congress-confirmed");
    }

    @Test
    void theKeyTermsAnswerTheVocabularyQuestionsAndHoldTheWordBank() {
        assertThat(has("cue-aid", "tacit approval", "'tacit-meaning'")).isTrue();
        assertThat(has("cue-aid", "sanctions", "'sanctions-meaning'")).isTrue();
        assertThat(has("cue-aid", "dual-use", "'dual-use-term'")).isTrue();
        assertThat(has("cue-aid", "escalation", "'escalation-word'")).isTrue();
        assertThat(has("cue-aid", "Kremlin", "'partnership-cloze'", "word bank"))
                .isTrue();
        assertThat(has("cue-aid", "multipolar", "'partnership-cloze'")).isTrue();
        assertThat(has("cue-aid", "bilateral", "'partnership-cloze'")).isTrue();
    }

    @Test
    void threeItemsRestOnThePartnershipDateAndOnTheLastSentence() {
        assertThat(of("evidence-crowded"))
                .filteredOn(w -> w.message().contains("'without-limits' (\"Shortly before"))
                .extracting(LintWarning::item)
                .containsExactlyInAnyOrder("without-limits-when", "events-order", "when-match");
        assertThat(of("evidence-crowded"))
                .filteredOn(w -> w.message().contains("'peacemaker-or-ally' (\"In the author's view"))
                .extracting(LintWarning::item)
                .contains("overall-argument", "argument-order", "peacemaker-cloze");
    }

    @Test
    void readingLevelIsANoteForEverySection() {
        assertThat(report.notes())
                .filteredOn(n -> n.startsWith("reading level of section"))
                .hasSize(8);
        assertThat(report.notes()).anyMatch(n -> n.startsWith("questions per skill: recall"));
    }

    @Test
    void lintingTheSeedTakesWellUnderASecond() {
        long start = System.nanoTime();
        new Linter().lint(module, "module.yaml", yaml, FOLDER);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void noEightWordRunIsCopiedFromTheArticle() throws IOException {
        Path article = Path.of("../shared/seeds/000_fb4f89490738909c.txt")
                .toAbsolutePath()
                .normalize();
        assumeTrue(
                Files.isRegularFile(article),
                "the source article " + article + " is not on this machine: the originality check is skipped");
        Path dir = Files.createTempDirectory("seed-v2");
        try {
            String withSource =
                    yaml.replace("  published: 2025\n", "  published: 2025\n  text-file: \"" + article + "\"\n");
            LearningModule linked = new ModuleLoader()
                    .load(withSource, "china-russia-ukraine", "seed-v2")
                    .module()
                    .orElseThrow();
            LintReport withArticle = new Linter().lint(linked, "module.yaml", withSource, dir);
            assertThat(withArticle.notes()).noneMatch(n -> n.startsWith("originality not checked"));
            assertThat(withArticle.warnings())
                    .filteredOn(w -> w.rule().equals("originality"))
                    .isEmpty();
        } finally {
            Files.deleteIfExists(dir);
        }
    }
}
