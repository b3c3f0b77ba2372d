package app.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.load.ContentProblem;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.QuestionTypes;
import app.lectern.question.ui.QuestionInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The canary module that {@link CanaryIT} searches the browser's traffic for is valid, covers every question type,
 * and {@link CanaryKey} lists exactly the canaries it holds, so that the end-to-end test searches for real strings.
 */
class CanaryModuleTest {

    private static final Path FILE = CanaryKey.CONTENT.resolve(CanaryKey.MODULE).resolve(ModuleLoader.MODULE_FILE);

    @Test
    void theCanaryModuleIsValidAndHasEveryQuestionType() {
        LoadResult result = new ModuleLoader().load(FILE);

        assertThat(result.problems()).extracting(ContentProblem::toString).isEmpty();
        LearningModule module = result.module().orElseThrow();
        assertThat(module.questions().map(q -> QuestionTypes.of(q).name()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(QuestionInputs.typeNames());
        assertThat(module.questions().map(q -> q.id()).toList())
                .containsExactlyElementsOf(CanaryKey.SECTIONS.values().stream()
                        .flatMap(List::stream)
                        .toList());
    }

    @Test
    void theKeyListsExactlyTheCanariesOfTheFile() throws Exception {
        // comments describe the naming; "**" splits the evidence markers in the section text
        String body = Files.readAllLines(FILE).stream()
                .filter(l -> !l.strip().startsWith("#"))
                .map(l -> l.replace("**", ""))
                .collect(Collectors.joining("\n"));
        Set<String> inFile = new LinkedHashSet<>();
        Matcher m = Pattern.compile("CANARY-[A-Za-z0-9-]*[A-Za-z0-9]").matcher(body);
        while (m.find()) {
            inFile.add(m.group());
        }
        List<String> all = CanaryKey.all();

        assertThat(all).doesNotHaveDuplicates();
        assertThat(all.stream().filter(s -> s.startsWith("CANARY-"))).containsExactlyInAnyOrderElementsOf(inFile);
        CanaryKey.KEY_ONLY.values().stream()
                .flatMap(List::stream)
                .forEach(key -> assertThat(body).contains(key));
        // no canary contains another, so a hit names exactly one of them
        for (String a : all) {
            for (String b : all) {
                assertThat(a.equals(b) || !a.contains(b))
                        .as(a + " contains " + b)
                        .isTrue();
            }
        }
    }

    @Test
    void keyOnlyStringsStandOnlyWhereTheKeyIs() throws Exception {
        List<String> lines = Files.readAllLines(FILE).stream()
                .filter(l -> !l.strip().startsWith("#"))
                .toList();
        CanaryKey.KEY_ONLY.values().stream()
                .flatMap(List::stream)
                .forEach(key -> assertThat(
                                lines.stream().filter(l -> l.contains(key)).map(String::strip))
                        .as("lines with " + key)
                        .isNotEmpty()
                        .allMatch(l -> l.startsWith("accept:")
                                || l.startsWith("answer:")
                                || (l.startsWith("text:") && l.contains("[[" + key))));
    }
}
