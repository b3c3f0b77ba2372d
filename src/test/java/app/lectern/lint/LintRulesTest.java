package app.lectern.lint;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule on a good and a bad fixture, built as module files. */
class LintRulesTest {

    @TempDir
    Path dir;

    private static String module(String top, String body, String questions) {
        return """
                id: sample
                version: 1
                title: "Sample"
                summary: "A module."
                language: en
                level: "Grades 9–12"
                reading-minutes: 5
                source: {author: "A. Writer", publisher: "The Paper", published: 2025}
                objectives: ["Read."]
                """ + top + """
                sections:
                  - id: one
                    title: "One"
                    body: |
                """ + body.indent(6) + """
                    questions:
                """ + questions.indent(6);
    }

    private LintReport lint(String yaml) {
        LoadResult loaded = new ModuleLoader().load(yaml, "sample", "test");
        assertThat(loaded.problems()).isEmpty();
        LearningModule m = loaded.module().orElseThrow();
        return new Linter().lint(m, "sample/module.yaml", yaml, dir);
    }

    private List<LintWarning> warnings(String rule, String yaml) {
        return lint(yaml).warnings().stream().filter(w -> w.rule().equals(rule)).toList();
    }

    private static final String BODY = "Dogs bark at night. Cats sleep all day. Birds sing in the morning.";

    private static String single(String id, String key, String... others) {
        StringBuilder b = new StringBuilder("- id: " + id + "\n  type: single\n  skill: recall\n  prompt: \"Question "
                + id + "?\"\n  explanation: \"Because.\"\n  options:\n");
        b.append("    - {id: k, text: \"").append(key).append("\"}\n");
        for (int i = 0; i < others.length; i++) {
            b.append("    - {id: o")
                    .append(i)
                    .append(", text: \"")
                    .append(others[i])
                    .append("\"}\n");
        }
        return b.append("  answer: k\n").toString();
    }

    private static String trueFalse(String id, boolean answer) {
        return "- id: " + id + "\n  type: true-false\n  skill: recall\n  prompt: \"Statement " + id
                + ".\"\n  explanation: \"Because.\"\n  answer: " + answer + "\n";
    }

    @Test
    void keyLongestNeedsMoreLongKeysThanChanceGives() {
        StringBuilder bad = new StringBuilder();
        StringBuilder good = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            bad.append(single("q" + i, "A much longer right answer " + i, "Short " + i, "Brief " + i, "Tiny " + i));
            good.append(single(
                    "q" + i,
                    i == 0 ? "A much longer right answer" : "Right " + i,
                    "Short one " + i,
                    "Brief one " + i,
                    "Tiny one " + i));
        }
        List<LintWarning> found = warnings("key-longest", module("", BODY, bad.toString()));
        assertThat(found).hasSize(5);
        assertThat(found.getFirst().message())
                .contains("5 of 5 single-choice items")
                .contains("p < 0.001");
        assertThat(warnings("key-longest", module("", BODY, good.toString()))).isEmpty();
    }

    @Test
    void keyPositionNeedsEnoughItemsAndAnUnbalancedSpread() {
        StringBuilder allFirst = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            allFirst.append(single("q" + i, "Same " + i, "Other " + i, "More " + i, "Else " + i));
        }
        assertThat(warnings("key-position", module("", BODY, allFirst.toString())))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("a 10 (chance 2.5)"));
        String few = allFirst.substring(0, allFirst.indexOf("- id: q7"));
        assertThat(warnings("key-position", module("", BODY, few))).isEmpty();
    }

    @Test
    void trueFalseBalanceReportsTheOverUsedKey() {
        String bad = trueFalse("t1", false) + trueFalse("t2", false) + trueFalse("t3", false) + trueFalse("t4", true);
        String good = trueFalse("t1", false) + trueFalse("t2", true) + trueFalse("t3", false) + trueFalse("t4", true);
        assertThat(warnings("true-false-balance", module("", BODY, bad)))
                .extracting(LintWarning::item)
                .containsExactly("t1", "t2", "t3");
        assertThat(warnings("true-false-balance", module("", BODY, good))).isEmpty();
    }

    @Test
    void optionsParallelFindsTheKeyThatAloneStartsOrEndsDifferently() {
        String bad = single("q", "No leader had done it", "It was a first.", "It was a second.", "It was a third.");
        String good = single("q", "It was new.", "It was a first.", "It was a second.", "It was a third.");
        assertThat(warnings("options-parallel", module("", BODY, bad)))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("pronoun").contains("no final full stop"));
        assertThat(warnings("options-parallel", module("", BODY, good))).isEmpty();
    }

    @Test
    void allOrNoneOfTheAboveIsReported() {
        assertThat(warnings("all-none-of-above", module("", BODY, single("q", "All of the above", "Dogs", "Cats"))))
                .hasSize(1);
        assertThat(warnings("all-none-of-above", module("", BODY, single("q", "Above all, dogs", "Dogs", "Cats"))))
                .isEmpty();
    }

    @Test
    void cueItemFindsAPromptThatGivesAnotherKeyAway() {
        String target = """
                - id: who-says
                  type: single
                  skill: sourcing
                  prompt: "Who says that dogs bark at night?"
                  explanation: "Because."
                  options:
                    - {id: a, text: "The neighbours"}
                    - {id: b, text: "The village vet"}
                    - {id: c, text: "The mayor"}
                  answer: b
                """;
        String cueing = """
                - id: how-often
                  type: numeric
                  skill: recall
                  prompt: "The village vet says dogs bark at night. How many nights a week?"
                  explanation: "Because."
                  answer: 7
                """;
        String neutral = cueing.replace("The village vet says dogs bark", "Dogs bark");
        assertThat(warnings("cue-item", module("", BODY, target + cueing)))
                .singleElement()
                .satisfies(w -> assertThat(w.item()).isEqualTo("how-often"))
                .satisfies(w -> assertThat(w.message()).contains("'who-says'"));
        assertThat(warnings("cue-item", module("", BODY, target + neutral))).isEmpty();
    }

    @Test
    void cueItemFindsOrderItemsThatCarryTheirDates() {
        String order = """
                - id: order
                  type: order
                  skill: chronology
                  prompt: "Put in order."
                  explanation: "Because."
                  items:
                    - {id: a, text: "Dogs bark (early April)"}
                    - {id: b, text: "Cats sleep (mid-April)"}
                    - {id: c, text: "Birds sing"}
                """;
        assertThat(warnings("cue-item", module("", BODY, order))).hasSize(1);
        assertThat(warnings("cue-item", module("", BODY, order.replace(" (early April)", ""))))
                .isEmpty();
    }

    @Test
    void cueAidFindsAnUnlockedGlossaryTermAndClaim() {
        String question = """
                - id: bark-word
                  type: short
                  skill: vocabulary
                  prompt: "Which word names the sound dogs make at night?"
                  explanation: "Because."
                  accept: ["bark"]
                """;
        String glossary = "glossary:\n  - {term: \"bark\", definition: \"The sound a dog makes.\"}\n";
        assertThat(warnings("cue-aid", module(glossary, BODY, question)))
                .singleElement()
                .satisfies(w -> assertThat(w.item()).isEqualTo("bark"));
        String locked = glossary.replace("}", ", answers: [bark-word]}");
        assertThat(warnings("cue-aid", module(locked, BODY, question))).isEmpty();
    }

    @Test
    void evidenceCrowdedNeedsThreeQuestionsOnOneSentence() {
        String three = "";
        for (int i = 0; i < 3; i++) {
            three += trueFalse("t" + i, i % 2 == 0) + "  evidence: {quote: \"Dogs bark\"}\n";
        }
        assertThat(warnings("evidence-crowded", module("", BODY, three))).hasSize(3);
        String spread = three.replaceFirst("Dogs bark", "Cats sleep");
        assertThat(warnings("evidence-crowded", module("", BODY, spread))).isEmpty();
    }

    @Test
    void readingLevelAndLongSentencesAreReportedForHardText() {
        String hard = "Notwithstanding considerable international apprehension, governmental representatives "
                + "systematically characterised the unprecedented developments as fundamentally transformational, "
                + "institutionally destabilising and geopolitically consequential for every participating "
                + "organisation, administration, association and corporation involved in the negotiations "
                + "throughout the extraordinarily complicated deliberations.";
        String questions = trueFalse("t", true);
        assertThat(warnings("reading-level", module("", hard, questions))).hasSize(1);
        assertThat(warnings("long-sentence", module("", hard, questions))).hasSize(1);
        assertThat(warnings("reading-level", module("", BODY, questions))).isEmpty();
        assertThat(warnings("long-sentence", module("", BODY, questions))).isEmpty();
        assertThat(lint(module("", BODY, questions)).notes()).anyMatch(n -> n.startsWith("reading level of section"));
    }

    @Test
    void originalityReportsEveryRunOfEightWordsExceptQuotes() throws IOException {
        Files.writeString(
                dir.resolve("source.txt"),
                "Yesterday the council finally agreed to close the old bridge for repairs. "
                        + "The mayor said “we will reopen the bridge when it is completely safe again”.");
        String top = "";
        String questions = trueFalse("t", true);
        String copied = "The council finally agreed to close the old bridge for repairs, people said.";
        String quoted = "The mayor promised: we will reopen the bridge when it is completely safe again.";
        String sourced = module(top, copied + "\n\n" + quoted, questions)
                .replace("published: 2025}", "published: 2025, text-file: source.txt}");
        List<LintWarning> found = warnings("originality", sourced);
        assertThat(found)
                .singleElement()
                .satisfies(w -> assertThat(w.message())
                        .contains("\"the council finally agreed to close the old bridge for repairs\""));
        String own =
                module(top, BODY, questions).replace("published: 2025}", "published: 2025, text-file: source.txt}");
        assertThat(warnings("originality", own)).isEmpty();
    }

    @Test
    void anIgnoreSilencesOneRuleForOneItemAndAnUnusedOneIsReported() {
        String bad = single("q", "No leader had done it", "It was a first.", "It was a second.", "It was a third.");
        String ignore = "lint-ignore:\n  - {rule: options-parallel, item: q, reason: \"Deliberate.\"}\n";
        assertThat(lint(module(ignore, BODY, bad)).warnings())
                .noneMatch(w -> w.rule().equals("options-parallel"))
                .noneMatch(w -> w.rule().equals(Linter.UNUSED));
        String good = single("q", "It was new.", "It was a first.", "It was a second.", "It was a third.");
        assertThat(warnings(Linter.UNUSED, module(ignore, BODY, good)))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("silences nothing"));
        String unknown = ignore.replace("options-parallel", "no-such-rule");
        assertThat(warnings(Linter.UNUSED, module(unknown, BODY, bad)))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("is not a lint rule"));
    }

    @Test
    void aWarningPointsAtItsValueInTheFile() {
        String yaml = module("", BODY, single("q", "All of the above", "Dogs", "Cats"));
        LintWarning w = warnings("all-none-of-above", yaml).getFirst();
        assertThat(w.toString())
                .startsWith("sample/module.yaml:")
                .contains(": sections[0].questions[0].options[0].text: warning: ")
                .endsWith("[all-none-of-above]");
        String line = yaml.lines().toList().get(w.line() - 1);
        assertThat(line.substring(w.column() - 1)).startsWith("\"All of the above\"");
    }
}
