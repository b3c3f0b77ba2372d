package app.lectern.lint;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.load.FolderResult;
import app.lectern.content.load.ModuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The modules shipped in {@code content/} pass the linter as {@code validate --lint --strict content} runs it: no
 * warning of any rule. The originality rule runs where the seed's article is present ({@code ../shared/seeds/}
 * beside this checkout); elsewhere its note says it was not checked and the other rules still hold.
 */
class ShippedContentLintTest {

    private static final Path CONTENT = Path.of("content");

    @Test
    void shippedModulesAreLintClean() {
        FolderResult content = new ModuleLoader().loadFolder(CONTENT);
        assertThat(content.problems()).isEmpty();
        assertThat(content.modules()).hasSizeGreaterThanOrEqualTo(2);

        for (LearningModule module : content.modules()) {
            Path folder = CONTENT.resolve(module.id());
            LintReport report = new Linter()
                    .lint(
                            module,
                            folder.resolve("module.yaml").toString(),
                            content.sources().get(module.id()),
                            folder);

            assertThat(report.warnings())
                    .as("lint warnings of %s", module.id())
                    .extracting(LintWarning::toString)
                    .isEmpty();
        }
    }

    @Test
    void theSeedIsCheckedForOriginalityWhereItsArticleIsPresent() {
        FolderResult content = new ModuleLoader().loadFolder(CONTENT);
        LearningModule seed = content.modules().stream()
                .filter(m -> m.id().equals("china-russia-ukraine"))
                .findFirst()
                .orElseThrow();
        Path folder = CONTENT.resolve(seed.id());
        boolean articlePresent = Files.isReadable(folder.resolve(seed.source().textFile()));

        List<String> notes = new Linter()
                .lint(seed, "module.yaml", content.sources().get(seed.id()), folder)
                .notes();

        assertThat(notes)
                .as("originality note (article %s)", articlePresent ? "present" : "absent: ../shared/seeds/")
                .contains(
                        articlePresent
                                ? "originality checked against " + seed.source().textFile()
                                : "originality not checked: source.text-file "
                                        + seed.source().textFile() + " is not a readable file of at most 2 MiB");
    }
}
