package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken copies of every fixture (bytes flipped, cut short) end in questions or problems that the parsers report
 * themselves: never in the last-resort message {@link QuestionImport#read} gives for an exception.
 */
class MalformedInputTest {

    @ParameterizedTest
    @CsvSource({
        "GIFT, all-constructs.gift",
        "AIKEN, questions.aiken.txt",
        "CSV, sheet.csv",
        "QTI, qti/choice-single.xml",
        "QTI, qti/cloze-inline.xml",
        "QTI, package",
        "XLSX, template"
    })
    void brokenCopiesEndInProblemsTheParserReports(Format format, String fixture) {
        byte[] original = switch (fixture) {
            case "package" ->
                QtiExport.write(new app.lectern.content.load.ModuleLoader()
                                .load(java.nio.file.Path.of("content", "reading-war-claims", "module.yaml"))
                                .module()
                                .orElseThrow())
                        .zip();
            case "template" -> QuestionSheet.templateXlsx();
            default -> Fixtures.bytes(fixture);
        };
        Random random = new Random(fixture.hashCode());
        for (int run = 0; run < 60; run++) {
            byte[] broken = Arrays.copyOf(original, 1 + random.nextInt(original.length));
            for (int flips = random.nextInt(6); flips > 0; flips--) {
                broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
            }
            ImportResult r = QuestionImport.read(format, "broken", broken, Set.of());
            assertThat(r.problems())
                    .as("run %d of %s", run, fixture)
                    .noneMatch(p -> p.message().startsWith("the file could not be read ("));
        }
    }
}
