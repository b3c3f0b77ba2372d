package app.lectern.content.load;

import static app.lectern.content.load.ModuleFixture.VALID;
import static app.lectern.content.load.ModuleFixture.load;
import static app.lectern.content.load.ModuleFixture.problems;
import static app.lectern.content.load.ModuleFixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Use;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessment items ({@code use: assessment}) and item pools in the content format, and the self-study form. */
class AssessmentItemsTest {

    /** The fixture with an assessment question in the first section and two pools after the second. */
    static final String WITH_ITEMS = replace(
                    VALID,
                    "        answer: true\n",
                    "        answer: true\n"
                            + "      - id: q-secret\n"
                            + "        type: single\n"
                            + "        use: assessment\n"
                            + "        prompt: \"Who barks at night?\"\n"
                            + "        skill: recall\n"
                            + "        explanation: \"The dogs do.\"\n"
                            + "        options:\n"
                            + "          - {id: a, text: \"Dogs\"}\n"
                            + "          - {id: b, text: \"Cats\"}\n"
                            + "        answer: a\n")
            + """
                pools:
                  - id: rain-pool
                    draw: 1
                    use: assessment
                    questions:
                      - id: rain-v1
                        type: true-false
                        prompt: "Rain falls on the garden."
                        skill: recall
                        explanation: "It does."
                        answer: true
                      - id: rain-v2
                        type: true-false
                        prompt: "Snow falls on the garden."
                        skill: recall
                        explanation: "Rain does."
                        answer: false
                      - id: rain-v3
                        type: true-false
                        prompt: "The sun shines first."
                        skill: recall
                        explanation: "Rain comes first."
                        answer: false
                  - id: sun-pool
                    draw: 1
                    questions:
                      - id: sun-v1
                        type: true-false
                        prompt: "The sun shines later."
                        skill: recall
                        explanation: "It does."
                        answer: true
                      - id: sun-v2
                        type: true-false
                        prompt: "The sun never shines."
                        skill: recall
                        explanation: "It shines later."
                        answer: false
            """;

    private static final Set<String> ASSESSMENT_IDS = Set.of("q-secret", "rain-v1", "rain-v2", "rain-v3");

    @TempDir
    Path dir;

    @Test
    void readsUseAndPools() {
        LoadResult result = load(dir, WITH_ITEMS);

        assertThat(problems(result)).isEmpty();
        LearningModule module = result.module().orElseThrow();
        assertThat(module.question("q-secret").orElseThrow().base().use()).isEqualTo(Use.ASSESSMENT);
        assertThat(module.question("q-single").orElseThrow().base().use()).isNull();
        assertThat(module.pools().map(ItemPool::id)).containsExactly("rain-pool", "sun-pool");
        assertThat(module.poolOf("rain-v2").map(ItemPool::id)).contains("rain-pool");
        assertThat(module.sectionOf("sun-v1").orElseThrow().id()).isEqualTo("outside");
        assertThat(module.questions()).hasSize(9 + 1 + 3 + 2);
        assertThat(module.hasAssessmentItems()).isTrue();
    }

    @Test
    void theSelfStudyFormHasNoAssessmentItemAndShowsPracticePoolsInline() {
        LearningModule full = load(dir, WITH_ITEMS).module().orElseThrow();

        LearningModule selfStudy = full.forSelfStudy();

        assertThat(selfStudy.questions().map(Question::id)).doesNotContainAnyElementsOf(ASSESSMENT_IDS);
        assertThat(selfStudy.questions()).hasSize(9 + 2);
        assertThat(selfStudy.section("outside").orElseThrow().questions().stream()
                        .map(Question::id))
                .endsWith("sun-v1", "sun-v2");
        assertThat(selfStudy.pools()).isEmpty();
        assertThat(selfStudy.hasAssessmentItems()).isFalse();
        assertThat(selfStudy.version()).isEqualTo(full.version());
    }

    @Test
    void theCatalogServesOnlyTheSelfStudyForm() {
        load(dir, WITH_ITEMS);
        ContentCatalog catalog = new ContentCatalog(new ModuleLoader().loadFolder(dir));

        LearningModule served = catalog.module("test-module").orElseThrow();

        assertThat(served.questions().map(Question::id)).doesNotContainAnyElementsOf(ASSESSMENT_IDS);
        assertThat(catalog.modules().getFirst().questions().map(Question::id))
                .doesNotContainAnyElementsOf(ASSESSMENT_IDS);
        // the pinned text still holds them, for assignments
        assertThat(catalog.source("test-module")).contains("q-secret", "rain-v1");
    }

    @Test
    void aStudentsAttemptShowsOnlyTheDrawnVariants() {
        LearningModule full = load(dir, WITH_ITEMS).module().orElseThrow();

        LearningModule drawn = full.withDrawn(Set.of("rain-v2", "sun-v1"));

        assertThat(drawn.section("outside").orElseThrow().questions().stream().map(Question::id))
                .endsWith("q-open", "rain-v2", "sun-v1");
        assertThat(drawn.questions().map(Question::id)).contains("q-secret").doesNotContain("rain-v1", "sun-v2");
    }

    @Test
    void anUnknownUseIsAClearProblem() {
        String yaml = replace(WITH_ITEMS, "use: assessment\n        prompt", "use: exam\n        prompt");

        assertThat(onlyProblem(yaml))
                .endsWith("sections[0].questions[3].use: 'exam' is not one of: practice, assessment");
    }

    @Test
    void poolsDrawAtMostTheirVariantsAndTheirQuestionsTakeThePoolsUse() {
        String overdrawn = replace(WITH_ITEMS, "draw: 1\n        use", "draw: 4\n        use");
        String ownUse = replace(WITH_ITEMS, "- id: sun-v2\n", "- id: sun-v2\n            use: practice\n");

        assertThat(onlyProblem(overdrawn)).endsWith("sections[1].pools[0].draw: draws 4 of only 3 questions");
        assertThat(onlyProblem(ownUse))
                .endsWith("sections[1].pools[1].questions[1].use: a question in a pool takes the pool's use; set"
                        + " 'use' on the pool");
    }

    @Test
    void poolVariantsCarryTheSamePointsAndPoolIdsAreNotQuestionIds() {
        String points = replace(WITH_ITEMS, "- id: sun-v2\n", "- id: sun-v2\n            points: 2\n");
        String clash = replace(WITH_ITEMS, "- id: sun-pool", "- id: q-single");

        assertThat(onlyProblem(points))
                .endsWith("sections[1].pools[1].questions[1].points: the questions of a pool are interchangeable and"
                        + " carry the same points (1.0), found 2.0");
        assertThat(onlyProblem(clash)).endsWith("sections[1].pools[1].id: 'q-single' is already a question id");
    }

    @Test
    void anAssessmentItemMayNotBeAnsweredBySelfStudysReaderAids() {
        String order = replace(WITH_ITEMS, "- id: q-order\n", "- id: q-order\n        use: assessment\n");
        String highlight = replace(WITH_ITEMS, "- id: q-highlight\n", "- id: q-highlight\n        use: assessment\n");
        String vocabulary = replace(WITH_ITEMS, "- id: q-cloze\n", "- id: q-cloze\n        use: assessment\n");

        assertThat(onlyProblem(order))
                .contains("sections[1].questions[1].use: an 'order' question cannot be for assessment only in a"
                        + " module with a timeline");
        assertThat(onlyProblem(highlight))
                .contains("sections[1].questions[3].use: a 'highlight' question cannot be for assessment only");
        assertThat(onlyProblem(vocabulary))
                .contains("sections[1].questions[2].use: a 'vocabulary' question cannot be for assessment only");
    }

    private String onlyProblem(String yaml) {
        java.util.List<String> problems = problems(load(dir, yaml));
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }
}
