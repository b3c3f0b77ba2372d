package app.lectern.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.ModuleBuilder;
import app.lectern.content.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing a module back to YAML loses nothing: the form editor and the YAML mode edit the same draft. */
class ModuleWriterTest {

    private final ModuleLoader loader = new ModuleLoader();
    private final ModuleWriter writer = new ModuleWriter();

    @Test
    void everyShippedModuleRoundTripsExactly() {
        FolderResult folder = loader.loadFolder(Path.of("content"));
        assertThat(folder.modules()).hasSizeGreaterThanOrEqualTo(2);
        for (LearningModule module : folder.modules()) {
            String yaml = writer.write(module);
            LoadResult again = loader.load(yaml, module.id(), "written " + module.id());

            assertThat(again.problems()).extracting(ContentProblem::toString).isEmpty();
            assertThat(again.module()).contains(module);
            assertThat(writer.write(again.module().orElseThrow())).isEqualTo(yaml);
        }
    }

    @Test
    void leavesOutWhatTheLoaderWouldFillInAnyway() {
        LearningModule module = loader.loadFolder(Path.of("content")).modules().getFirst();

        String yaml = writer.write(module);

        assertThat(yaml).startsWith("id: " + module.id() + "\nversion: " + module.version() + "\n");
        assertThat(yaml).doesNotContain("points: 1.0").doesNotContain(": []").doesNotContain("bank: false");
        assertThat(yaml).contains("\n    questions:\n      - id: ");
    }

    @Test
    void awkwardTextsComeBackExactly() {
        LearningModule module = loader.loadFolder(Path.of("content")).modules().getFirst();
        List<String> texts = List.of(
                "true",
                "null",
                "2022-02-24",
                "- starts like a list",
                "Ends with a colon:",
                "Has: a colon",
                "Tab\there",
                "Quote \" and backslash \\",
                "Trailing space ",
                " leading space\nand a second line",
                "Two lines\nwith a trailing newline\n",
                "Blank lines kept\n\n",
                "Line with trailing spaces   \nnext",
                "Middle\n  \nspaces-only line",
                "Unicode — «ок» \u2028 separator",
                "# not a comment",
                "*not an alias",
                "'quoted' at the start",
                "China's role");
        List<Section> sections = new ArrayList<>(module.sections());
        for (String text : texts) {
            Section first = sections.getFirst();
            sections.set(0, new Section(first.id(), text, first.body(), first.questions(), first.pools()));
            LearningModule changed = withSections(module, sections);

            String yaml = writer.write(changed);
            LoadResult again = loader.load(yaml, module.id(), "awkward");

            assertThat(again.module())
                    .as("%s in%n%s", text, yaml.substring(0, Math.min(yaml.length(), 2000)))
                    .map(m -> m.sections().getFirst().title())
                    .contains(text);
        }
    }

    private static LearningModule withSections(LearningModule m, List<Section> sections) {
        return ModuleBuilder.from(m).sections(sections).build();
    }
}
