package app.lectern.content.load;

import static app.lectern.content.load.ModuleFixture.VALID;
import static app.lectern.content.load.ModuleFixture.at;
import static app.lectern.content.load.ModuleFixture.load;
import static app.lectern.content.load.ModuleFixture.problems;
import static app.lectern.content.load.ModuleFixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.ClaimStatus;
import app.lectern.content.LearningModule;
import app.lectern.content.Skill;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.single.SingleQuestion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and validating module files: bound values, cross-references, and where problems are reported. */
class ModuleLoaderTest {

    private static final String Q0 = "sections[0].questions[";
    private static final String Q1 = "sections[1].questions[";

    @TempDir
    Path dir;

    @Test
    void loadsAValidModule() {
        LoadResult result = load(dir, VALID);

        assertThat(problems(result)).isEmpty();
        LearningModule module = result.module().orElseThrow();
        assertThat(module.id()).isEqualTo("test-module");
        assertThat(module.readingMinutes()).isEqualTo(5);
        assertThat(module.topics()).containsExactly("animals", "daily life");
        assertThat(module.source().published()).isEqualTo("2025-02");
        assertThat(module.timeline().getFirst().date()).isEqualTo("2025");
        assertThat(module.claims().getFirst().status()).isEqualTo(ClaimStatus.STATED);
        assertThat(module.claims().getFirst().responses().getFirst().status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(module.questions()).hasSize(9);
        SingleQuestion single = (SingleQuestion) module.question("q-single").orElseThrow();
        assertThat(single.answer()).isEqualTo("a");
        assertThat(single.points()).isEqualTo(1.0);
        assertThat(single.base().evidence().quote()).isEqualTo("Cats sleep a lot.");
        MultipleQuestion multiple =
                (MultipleQuestion) module.question("q-multiple").orElseThrow();
        assertThat(multiple.skill()).isEqualTo(Skill.MAIN_IDEA);
        assertThat(multiple.points()).isEqualTo(2.0);
        assertThat(multiple.answers()).containsExactly("a", "b");
        assertThat(((HighlightQuestion) module.question("q-highlight").orElseThrow()).follows())
                .isEqualTo("q-single");
    }

    @Test
    void answerMustNameAnOption() {
        String yaml = replace(VALID, "answer: a", "answer: e");

        LoadResult result = load(dir, yaml);

        assertThat(result.module()).isEmpty();
        assertThat(problems(result))
                .containsExactly(at(yaml, "answer: e", 8) + ": " + Q0 + "0].answer: 'e' is not an option id (a, b)");
        assertThat(result.problems().getFirst().toString())
                .isEqualTo(dir.resolve("test-module/module.yaml") + ":" + at(yaml, "answer: e", 8) + ": " + Q0
                        + "0].answer: 'e' is not an option id (a, b)");
    }

    @Test
    void multipleAnswersMustNameOptionsAndLeaveOneWrong() {
        String unknown = replace(VALID, "answers: [a, b]", "answers: [a, x]");
        String allRight = replace(VALID, "answers: [a, b]", "answers: [a, b, c]");

        assertThat(problems(load(dir, unknown)))
                .containsExactly(at(unknown, "x]", 0) + ": " + Q0 + "1].answers[1]: 'x' is not an option id (a, b, c)");
        assertThat(problems(load(dir, allRight)))
                .containsExactly(at(allRight, "[a, b, c]", 0) + ": " + Q0
                        + "1].answers: every option is an answer: at least one option must be wrong");
    }

    @Test
    void optionIdsAndTextsAreDistinct() {
        String yaml = replace(
                replace(VALID, "{id: c, text: \"Fish\"}", "{id: b, text: \"Dogs\"}"),
                "answers: [a, b]",
                "answers: [a]");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(
                        at(yaml, "b, text: \"Dogs\"", 0) + ": " + Q0 + "1].options[2].id: duplicate option id 'b'",
                        at(yaml, "\"Dogs\"}\n        answers", 0) + ": " + Q0
                                + "1].options[2].text: duplicate option text 'Dogs'");
    }

    @Test
    void idsAreUniqueAcrossTheModule() {
        String yaml = replace(replace(VALID, "- id: outside", "- id: home"), "id: q-order", "id: q-single");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(
                        at(yaml, "home\n    title: \"Outside\"", 0) + ": sections[1].id: duplicate section id 'home'",
                        at(yaml, "q-single\n        type: order", 0) + ": " + Q1
                                + "1].id: duplicate question id 'q-single'");
    }

    @Test
    void theResultsPageAddressIsNotASectionId() {
        String yaml = replace(VALID, "- id: outside", "- id: results");

        assertThat(problems(load(dir, yaml)))
                .contains(at(yaml, "results\n    title: \"Outside\"", 0)
                        + ": sections[1].id: 'results' is reserved (the address of the results page)");
    }

    @Test
    void evidenceMustNameASectionAndQuoteIt() {
        String badQuote =
                replace(VALID, "quote: \"Cats sleep a lot.\"}\n    responses", "quote: \"Cats fly.\"}\n    responses");
        String badSection = replace(VALID, "{section: home, quote: \"Dogs", "{section: attic, quote: \"Dogs");

        assertThat(problems(load(dir, badQuote)))
                .containsExactly(at(badQuote, "\"Cats fly.\"", 0)
                        + ": claims[0].evidence.quote: not found in the text of section 'home'");
        assertThat(problems(load(dir, badSection)))
                .containsExactly(at(badSection, "attic", 0) + ": " + Q0
                        + "1].evidence.section: 'attic' is not a section id (home, outside)");
    }

    @Test
    void aidEntriesNameTheQuestionsTheyWouldAnswer() {
        String yaml = replace(
                replace(
                        VALID,
                        "definition: \"Active at night.\"",
                        "definition: \"Active at night.\"\n    answers: [q-single]"),
                "status: stated\n",
                "status: concern\n    answers: [q-multiple, q-single]\n");
        LearningModule module = load(dir, yaml).module().orElseThrow();
        assertThat(module.glossary().getFirst().answers()).containsExactly("q-single");
        assertThat(module.claims().getFirst().answers()).containsExactly("q-multiple", "q-single");
        assertThat(module.claims().getFirst().status()).isEqualTo(ClaimStatus.CONCERN);

        String unknown = replace(
                VALID, "event: \"The article appears.\"", "event: \"The article appears.\"\n    answers: [q-nope]");
        assertThat(problems(load(dir, unknown)))
                .singleElement()
                .asString()
                .startsWith(at(unknown, "q-nope", 0) + ": timeline[0].answers[0]: 'q-nope' is not a question id");
    }

    @Test
    void lintWarningsAreSilencedPerItemWithAReason() {
        String yaml = VALID + """
                lint-ignore:
                  - {rule: key-longest, item: q-single, reason: "Both words are short."}
                  - {rule: key-longest, item: q-none, reason: "Nothing."}
                  - {rule: key-longest, item: cats-sleep}
                """;
        assertThat(problems(load(dir, yaml)))
                .containsExactly(
                        at(yaml, "q-none", 0) + ": lint-ignore[1].item: 'q-none' is not a question id, claim id,"
                                + " section id or glossary term",
                        at(yaml, "{rule: key-longest, item: cats-sleep}", 0) + ": lint-ignore[2].reason: missing"
                                + " required key 'reason'");
    }

    @Test
    void theSourceKeepsItsLicenceAndServesNoTextFile() {
        String yaml = replace(
                VALID,
                "published: 2025-02",
                "published: 2025-02\n  license: \"CC BY-SA 4.0\"\n  text-file: ../article.txt");
        LearningModule module = load(dir, yaml).module().orElseThrow();
        assertThat(module.source().license()).isEqualTo("CC BY-SA 4.0");
        assertThat(module.source().textFile()).isEqualTo("../article.txt");
        assertThat(module.source().served().textFile()).isNull();
        assertThat(module.source().served().license()).isEqualTo("CC BY-SA 4.0");
    }

    @Test
    void questionEvidenceDefaultsToItsOwnSection() {
        String yaml = replace(VALID, "evidence: {quote: \"Cats sleep a lot.\"}", "evidence: {quote: \"Rain falls\"}");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(at(yaml, "\"Rain falls\"}", 0) + ": " + Q0
                        + "0].evidence.quote: not found in the text of section 'home'");
    }

    @Test
    void highlightSentencesLieWithinOneSentenceOfAnExistingSection() {
        String twoSentences = replace(
                VALID, "sentences: [\"Cats sleep a lot.\"]", "sentences: [\"sing \\\"in the morning.\\\" Fish\"]");
        String partOfOne = replace(
                VALID, "sentences: [\"Cats sleep a lot.\"]", "sentences: [\"Birds sing \\\"in the morning.\\\"\"]");
        String unknownSection = replace(VALID, "section: home\n", "section: attic\n");

        assertThat(problems(load(dir, twoSentences)))
                .containsExactly(at(twoSentences, "\"sing", 0) + ": " + Q1
                        + "3].sentences[0]: not found within one sentence of section 'home'");
        assertThat(problems(load(dir, partOfOne))).isEmpty();
        assertThat(problems(load(dir, unknownSection)))
                .containsExactly(at(unknownSection, "attic", 0) + ": " + Q1
                        + "3].section: 'attic' is not a section id (home, outside)");
    }

    @Test
    void followsNamesAnEarlierQuestion() {
        String yaml = replace(VALID, "follows: q-single", "follows: q-open");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(at(yaml, "q-open\n      - id: q-numeric", 0) + ": " + Q1
                        + "3].follows: 'q-open' is not the id of an earlier question");
    }

    @Test
    void autoScoredQuestionsNeedAnExplanation() {
        String yaml = replace(VALID, "\n        explanation: \"Two.\"", "");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(at(yaml, "id: q-numeric", 0) + ": " + Q1
                        + "4].explanation: required: every auto-scored question explains its answer");
    }

    @Test
    void categorizeItemsNameExistingCategories() {
        String yaml = replace(VALID, "category: water}", "category: sea}");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(at(yaml, "sea}", 0) + ": " + Q1
                        + "0].items[1].category: 'sea' is not a category id (pets, water)");
    }

    @Test
    void clozeTextNeedsWellFormedBlanks() {
        String noBlank = replace(VALID, "\"[[Rain|Water]] falls", "\"Rain falls");
        String unclosed = replace(VALID, "\"[[Rain|Water]] falls", "\"[[Rain|Water falls");

        assertThat(problems(load(dir, noBlank)))
                .containsExactly(at(noBlank, "\"Rain falls on the garden.\"", 0) + ": " + Q1
                        + "2].text: has no blank: write each as [[answer]] or [[answer|alternative]]");
        assertThat(problems(load(dir, unclosed)))
                .containsExactly(at(unclosed, "\"[[Rain", 0) + ": " + Q1
                        + "2].text: blank 1 ('[[' at character 1) is not closed with ']]'");
    }

    @Test
    void moduleIdEqualsTheFolderName() {
        LoadResult result = load(dir, "other-name", VALID.getBytes(StandardCharsets.UTF_8));

        assertThat(problems(result))
                .containsExactly("1:5: id: must equal the name of the module's folder ('other-name')");
    }

    @Test
    void unknownKeysAreErrors() {
        String yaml = replace(VALID, "answer: a", "anwser: a");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(
                        at(yaml, "id: q-single", 0) + ": " + Q0 + "0].answer: missing required key 'answer'",
                        at(yaml, "anwser", 0) + ": " + Q0 + "0].anwser: unknown key 'anwser' (did you mean 'answer'?)");
    }

    @Test
    void unknownQuestionTypeListsTheKnownOnes() {
        String yaml = replace(VALID, "type: order", "type: sort");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(at(yaml, "sort", 0) + ": " + Q1
                        + "1].type: unknown question type 'sort' (single, multiple, true-false, short, numeric,"
                        + " order, match, categorize, cloze, highlight, open)");
    }

    @Test
    void wrongScalarTypesAreErrors() {
        String yaml = replace(
                replace(replace(VALID, "reading-minutes: 5", "reading-minutes: lots"), "points: 2", "points: [2]"),
                "skill: main-idea",
                "skill: main_idea");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(
                        at(yaml, "lots", 0) + ": reading-minutes: expected a whole number, found the text 'lots'",
                        at(yaml, "main_idea", 0) + ": " + Q0
                                + "1].skill: 'main_idea' is not one of: recall, vocabulary, chronology, main-idea,"
                                + " inference, sourcing",
                        at(yaml, "[2]", 0) + ": " + Q0 + "1].points: expected a number, found a list");
    }

    @Test
    void fieldConstraintsAndMissingKeysAreReportedWhereTheyStand() {
        String yaml = replace(
                replace(VALID, "title: \"Animals at home\"\n", ""), "reading-minutes: 5", "reading-minutes: 500");

        assertThat(problems(load(dir, yaml)))
                .containsExactly(
                        "1:1: title: missing required key 'title'",
                        at(yaml, "500", 0) + ": reading-minutes: must be less than or equal to 120");
    }

    @Test
    void reportsAllProblemsOfAFileSortedByLine() {
        String yaml = replace(
                replace(replace(VALID, "category: water}", "category: sea}"), "answer: a", "answer: e"),
                "reading-minutes: 5",
                "reading-minutes: lots");

        assertThat(problems(load(dir, yaml)))
                .extracting(line -> line.substring(line.indexOf(' ') + 1, line.indexOf(':', line.indexOf(' '))))
                .containsExactly("reading-minutes", Q0 + "0].answer", Q1 + "0].items[1].category");
    }

    @Test
    void entriesThatCannotBeReadKeepTheirFilePositionInLaterPaths() {
        String yaml = replace(replace(VALID, "type: single", "type: one"), "answers: [a, b]", "answers: [a, x]");

        assertThat(problems(load(dir, yaml)))
                .contains(
                        at(yaml, "one", 0) + ": " + Q0 + "0].type: unknown question type 'one' (single, multiple,"
                                + " true-false, short, numeric, order, match, categorize, cloze, highlight, open)",
                        at(yaml, "x]", 0) + ": " + Q0 + "1].answers[1]: 'x' is not an option id (a, b, c)");
    }
}
