package app.lectern.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.content.LearningModule;
import app.lectern.content.load.ModuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog serves the valid modules by title and keeps the problems of the others. */
class ContentCatalogTest {

    @TempDir
    Path dir;

    @Test
    void servesValidModulesSortedByTitleAndSkipsBrokenOnes() throws IOException {
        write("zeta-module", "Zeta", "answer: a");
        write("alpha-module", "Alpha", "answer: a");
        write("broken-module", "Broken", "answer: e");

        ContentCatalog catalog = load(dir);

        assertThat(catalog.modules()).extracting(LearningModule::title).containsExactly("Alpha", "Zeta");
        assertThat(catalog.module("zeta-module")).isPresent();
        assertThat(catalog.module("broken-module")).isEmpty();
        assertThat(catalog.problems())
                .singleElement()
                .asString()
                .startsWith(dir.resolve("broken-module/module.yaml").toString())
                .endsWith("'e' is not an option id (a, b)");
    }

    @Test
    void lintsEveryServedModuleOnLoadWithoutReadingTheArticle() {
        Path seed = Path.of("src/test/resources/lint/seed-v2");
        ContentCatalog catalog = new ContentCatalog(new app.lectern.content.load.ModuleLoader().loadFolder(seed), seed);

        assertThat(catalog.lintReports()).singleElement().satisfies(r -> {
            assertThat(r.moduleId()).isEqualTo("china-russia-ukraine");
            assertThat(r.warnings())
                    .isNotEmpty()
                    .allSatisfy(w -> assertThat(w.file())
                            .isEqualTo(seed.resolve("china-russia-ukraine/module.yaml")
                                    .toString()));
            assertThat(r.warnings()).noneMatch(w -> w.rule().equals("originality"));
        });
    }

    @Test
    void aMissingFolderIsAProblemNotACrash() {
        ContentCatalog catalog = load(dir.resolve("nowhere"));

        assertThat(catalog.modules()).isEmpty();
        assertThat(catalog.problems()).singleElement().asString().endsWith("content folder not found");
    }

    @Test
    void keepsTheTextEachModuleWasLoadedFromEvenAfterTheFileChanges() throws IOException {
        write("alpha-module", "Alpha", "answer: a");
        String loaded = Files.readString(dir.resolve("alpha-module/module.yaml"));
        ContentCatalog catalog = load(dir);

        write("alpha-module", "Alpha, edited", "answer: b");

        assertThat(catalog.source("alpha-module")).isEqualTo(loaded).contains("answer: a");
        assertThatThrownBy(() -> catalog.source("broken-module")).isInstanceOf(NoSuchElementException.class);
    }

    private static ContentCatalog load(Path folder) {
        return new ContentCatalog(new ModuleLoader().loadFolder(folder));
    }

    private void write(String id, String title, String answerLine) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(id));
        Files.writeString(folder.resolve("module.yaml"), """
                id: %s
                version: 1
                title: "%s"
                summary: "A module."
                language: en
                level: "Grades 9–12"
                reading-minutes: 5
                source: {author: "A. Writer", publisher: "The Paper", published: 2025}
                objectives: ["Read."]
                sections:
                  - id: one
                    title: "One"
                    body: "Cats sleep."
                    questions:
                      - id: q1
                        type: single
                        prompt: "What do cats do?"
                        skill: recall
                        explanation: "They sleep."
                        options: [{id: a, text: "Sleep"}, {id: b, text: "Fly"}]
                        %s
                """.formatted(id, title, answerLine));
    }
}
