package app.lectern.content.load;

import static app.lectern.content.load.ModuleFixture.VALID;
import static app.lectern.content.load.ModuleFixture.at;
import static app.lectern.content.load.ModuleFixture.load;
import static app.lectern.content.load.ModuleFixture.problems;
import static app.lectern.content.load.ModuleFixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Levels and translations of section text: how they are written, and what the validator checks. */
class TextVariantsTest {

    /** The fixture with an easier level of both sections and a Ukrainian translation of the first. */
    static final String WITH_VARIANTS = replace(
            replace(
                    replace(
                            VALID,
                            "level: \"Grades 9–12\"\n",
                            "level: \"Grades 9–12\"\nlevels:\n  - id: easier\n    label: \"Grades 6–8\"\n"),
                    "      in their bowl.\n    questions:",
                    String.join(
                            "\n",
                            "      in their bowl.",
                            "    levels:",
                            "      - id: easier",
                            "        body: |",
                            "          Cats sleep a lot. Dogs bark at night! Fish swim in their bowl.",
                            "    translations:",
                            "      - language: uk",
                            "        title: \"Удома\"",
                            "        body: \"Коти багато сплять. Нічні тварини активні вночі.\"",
                            "        glossary:",
                            "          - {term: nocturnal, translation: \"нічні\", definition: \"Активні вночі.\"}",
                            "        questions:",
                            "          - {id: q-single, prompt: \"Що коти роблять багато?\"}",
                            "    questions:")),
            "body: \"Rain falls on the garden. The sun shines later.\"\n",
            "body: \"Rain falls on the garden. The sun shines later.\"\n    levels:\n"
                    + "      - {id: easier, body: \"Rain falls. Then the sun shines.\"}\n");

    @TempDir
    Path dir;

    @Test
    void loadsLevelsAndTranslations() {
        LoadResult result = load(dir, WITH_VARIANTS);

        assertThat(problems(result)).isEmpty();
        LearningModule module = result.module().orElseThrow();
        assertThat(module.levels()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo("easier");
            assertThat(l.label()).isEqualTo("Grades 6–8");
        });
        Section home = module.sections().getFirst();
        assertThat(home.level("easier").orElseThrow().body())
                .isEqualTo("Cats sleep a lot. Dogs bark at night! Fish swim in their bowl.\n");
        assertThat(home.translation("uk").orElseThrow().title()).isEqualTo("Удома");
        assertThat(home.translation("uk").orElseThrow().prompt("q-single")).contains("Що коти роблять багато?");
        assertThat(home.translation("uk").orElseThrow().glossary().getFirst().translation())
                .isEqualTo("нічні");
        assertThat(module.sections().get(1).translation("uk")).isEmpty();
    }

    @Test
    void theWriterRoundTripsLevelsAndTranslations() {
        LearningModule module = load(dir, WITH_VARIANTS).module().orElseThrow();
        ModuleWriter writer = new ModuleWriter();

        String yaml = writer.write(module);
        LoadResult again = new ModuleLoader().load(yaml, module.id(), "written");

        assertThat(again.problems()).isEmpty();
        assertThat(again.module()).contains(module);
        assertThat(writer.write(again.module().orElseThrow())).isEqualTo(yaml);
        assertThat(yaml).contains("\nlevel: Grades 9–12\nlevels:\n  - id: easier\n    label: Grades 6–8\n");
        assertThat(yaml).contains("\n    levels:\n      - id: easier\n        body: |\n");
        assertThat(yaml).contains("\n    translations:\n      - language: uk\n");
    }

    @Test
    void everyLevelHoldsEveryEvidenceQuoteOfItsSection() {
        String yaml = replace(
                WITH_VARIANTS,
                "Cats sleep a lot. Dogs bark at night! Fish swim in their bowl.",
                "Cats sleep very much. Dogs bark at night! Fish swim in their bowl.");

        LoadResult result = load(dir, yaml);

        assertThat(result.module()).isEmpty();
        // the claim and the single question both quote it; the message names section, level, owner and quote
        assertThat(problems(result))
                .containsExactlyInAnyOrder(
                        at(yaml, "|\n          Cats sleep very", 0) + ": sections[0].levels[0].body: level 'easier' of"
                                + " section 'home' lacks the evidence quote of claim 'cats-sleep': \"Cats sleep a lot.\"",
                        at(yaml, "|\n          Cats sleep very", 0) + ": sections[0].levels[0].body: level 'easier' of"
                                + " section 'home' lacks the evidence quote of question 'q-single': \"Cats sleep a"
                                + " lot.\"");
    }

    @Test
    void quotesAreMatchedAsInTheOriginalAfterMarkdownAndWhiteSpace() {
        String yaml = replace(
                WITH_VARIANTS,
                "Cats sleep a lot. Dogs bark at night! Fish swim in their bowl.",
                "*Cats* sleep a lot.\n          Dogs **bark**   at night! Fish swim\n          in their bowl.");

        assertThat(problems(load(dir, yaml))).isEmpty();
    }

    @Test
    void levelsAreDeclaredOnTheModuleAndCarriedByEverySection() {
        String undeclared = replace(WITH_VARIANTS, "  - {id: easier, body:", "  - {id: simpler, body:");
        String missing = replace(
                WITH_VARIANTS, "    levels:\n      - {id: easier, body: \"Rain falls. Then the sun shines.\"}\n", "");
        String twice = replace(
                WITH_VARIANTS,
                "  - {id: easier, body: \"Rain falls. Then the sun shines.\"}",
                "  - {id: easier, body: \"Rain falls. Then the sun shines.\"}\n      - {id: easier, body: \"Rain.\"}");
        String twiceDeclared = replace(
                WITH_VARIANTS,
                "    label: \"Grades 6–8\"\n",
                "    label: \"Grades 6–8\"\n  - {id: easier, label: \"Again\"}\n");

        assertThat(problems(load(dir, undeclared)))
                .anySatisfy(p -> assertThat(p)
                        .endsWith("sections[1].levels[0].id: 'simpler' is not a level the module declares (easier)"))
                .anySatisfy(p -> assertThat(p)
                        .endsWith("sections[1].levels: section 'outside' has no text for level 'easier', which the"
                                + " module declares (every section carries every level)"));
        assertThat(problems(load(dir, missing)))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("sections[1]").contains("has no text for level 'easier'"));
        assertThat(problems(load(dir, twice)))
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith("sections[1].levels[1].id: duplicate level id 'easier'"));
        assertThat(problems(load(dir, twiceDeclared)))
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith("levels[1].id: duplicate level id 'easier'"));
    }

    @Test
    void translationsCoverWhatTheyClaim() {
        String declared = replace(WITH_VARIANTS, "language: en\n", "language: en\ntranslations: [uk]\n");
        String unknownTerm = replace(WITH_VARIANTS, "{term: nocturnal,", "{term: diurnal,");
        String otherQuestion = replace(WITH_VARIANTS, "{id: q-single, prompt:", "{id: q-order, prompt:");
        String noTitle = replace(WITH_VARIANTS, "        title: \"Удома\"\n", "");

        assertThat(problems(load(dir, declared)))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .endsWith(
                                "sections[1].translations: section 'outside' has no 'uk' translation, which the module"
                                        + " declares (a declared language covers every section's title and text)"));
        assertThat(problems(load(dir, unknownTerm)))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .endsWith("sections[0].translations[0].glossary[0].term: 'diurnal' is not a glossary term"
                                + " (nocturnal)"));
        assertThat(problems(load(dir, otherQuestion)))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .endsWith("sections[0].translations[0].questions[0].id: 'q-order' is not a question of section"
                                + " 'home' (q-single, q-multiple, q-true-false)"));
        assertThat(problems(load(dir, noTitle)))
                .singleElement()
                .satisfies(
                        p -> assertThat(p).endsWith("sections[0].translations[0].title: missing required key 'title'"));
    }

    @Test
    void languageTagsAreKnownAndNotTheModulesOwn() {
        String unknown = replace(WITH_VARIANTS, "- language: uk", "- language: xq");
        String own = replace(WITH_VARIANTS, "- language: uk", "- language: en-GB");
        String malformed = replace(WITH_VARIANTS, "- language: uk", "- language: \"u k\"");
        String twice = replace(
                WITH_VARIANTS,
                "        questions:\n          - {id: q-single, prompt:",
                "      - {language: uk, title: \"Ще раз\", body: \"Текст.\"}\n        questions:\n          - {id:"
                        + " q-single, prompt:");

        assertThat(problems(load(dir, unknown)))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .endsWith("'xq' is not a known language (its first part must be an ISO"
                                + " 639 code such as uk)"));
        assertThat(problems(load(dir, own)))
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith("'en-GB' is the module's own language (en)"));
        assertThat(problems(load(dir, malformed)))
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith("must be a BCP 47 language tag"));
        assertThat(problems(load(dir, twice))).isNotEmpty();
    }

    @Test
    void hostileSizesAreRefusedBeforeAnyCrossCheck() {
        String huge = replace(
                WITH_VARIANTS,
                "{id: easier, body: \"Rain falls. Then the sun shines.\"}",
                "{id: easier, body: \"" + "Rain. ".repeat(Section.MAX_BODY / 6 + 10) + "\"}");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < Section.MAX_LEVELS + 1; i++) {
            many.append("      - {id: l").append(i).append(", body: \"Rain.\"}\n");
        }
        String tooMany = replace(
                WITH_VARIANTS, "      - {id: easier, body: \"Rain falls. Then the sun shines.\"}\n", many.toString());

        assertThat(problems(load(dir, huge)))
                .singleElement()
                .satisfies(
                        p -> assertThat(p).endsWith("sections[1].levels[0].body: size must be between 0 and 100000"));
        assertThat(problems(load(dir, tooMany)))
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith("sections[1].levels: size must be between 0 and 3"));
    }

    @Test
    void selfStudyDropsTheTranslatedPromptOfAnAssessmentItem() {
        String yaml = replace(
                WITH_VARIANTS,
                "  - id: q-single\n        type: single\n",
                "  - id: q-single\n        type: single\n        use: assessment\n");
        LearningModule module = load(dir, yaml).module().orElseThrow();

        assertThat(module.sections().getFirst().translation("uk").orElseThrow().prompt("q-single"))
                .isPresent();
        assertThat(module.forSelfStudy()
                        .sections()
                        .getFirst()
                        .translation("uk")
                        .orElseThrow()
                        .prompt("q-single"))
                .isEmpty();
        assertThat(module.forSelfStudy().sections().getFirst().level("easier")).isPresent();
    }
}
