package app.lectern.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of the hostile corpus ({@code src/test/resources/hostile/<case>/module.yaml}, plus a few cases too
 * large to keep in the repository, generated here) through the loader and checks its specific problem: position,
 * path and message. Prints how long each file took; the numbers are reported in {@code docs/security.md}, not
 * asserted, because this machine's load varies too much for a timing assertion to be fair.
 */
class HostileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");

    /** Case → the problems expected, in order, as {@code line:column: path: } followed by part of the message. */
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>();

    private static void expect(String name, String... problems) {
        EXPECTED.put(name, List.of(problems));
    }

    static {
        // YAML-level attacks: refused at the first marker, nothing is expanded or instantiated
        expect("billion-laughs", "1:5: a0: YAML anchors (&a0) are not allowed");
        expect("alias-merge-key", "10:7: source.<<: YAML aliases (*base) are not allowed");
        expect("deep-nesting-flow", "1:68: id[0][0][0]|nested more than 64 levels deep");
        expect("deep-nesting-mappings", "1:257: id.a.a.a|nested more than 64 levels deep");
        expect("deep-nesting-block", "66:65: source.a.a.a|nested more than 64 levels deep");
        expect("duplicate-key-top", "8:8: : duplicate key 'version'");
        expect("duplicate-key-question", "48:15: : duplicate key 'answer'");
        expect("tag-java-gadget", "3:8: title: YAML tags (!tag:yaml.org,2002:javax.script.ScriptEngineManager)");
        expect("tag-java-runtime", "4:10: summary: YAML tags (!tag:yaml.org,2002:java.lang.Runtime) are not allowed");
        expect("tag-custom", "6:8: level: YAML tags (!shell) are not allowed");
        expect("tag-str", "5:11: language: YAML tags (!tag:yaml.org,2002:str) are not allowed");
        expect("tag-directive", "3:5: id: YAML tags (!tag:example.com,2000:thing) are not allowed");
        expect("complex-key", "8:4: : a key must be text, not a list or a mapping");
        expect("two-documents", "3:1: : only one YAML document is allowed per file");
        expect("tabs-for-indentation", "2:7: : invalid YAML: |Do not use \\t(TAB) for indentation");
        expect("unclosed-quote", "2:6: : invalid YAML: while scanning a quoted scalar");
        // encodings and characters
        expect("bom-is-fine");
        expect("cr-lf-line-endings-are-fine");
        expect("invalid-utf8", "3:21: : the file is not valid UTF-8 (byte 0xF4); save it as UTF-8");
        expect("overlong-utf8", "2:9: : the file is not valid UTF-8 (byte 0xC0)");
        expect("utf16", "1:1: : the file is UTF-16");
        expect("control-character", "3:16: : the control character U+0007 is not allowed in YAML");
        expect("null-byte", "3:16: : the control character U+0000 is not allowed in YAML");
        expect("bom-in-the-middle", "7:1: \\uFEFFreading: unknown key '\\uFEFFreading'");
        // a right-to-left override is shown as an escape, so it cannot reverse the problem line on screen
        expect(
                "bidi-override-in-id",
                "26:25: claims[0].evidence.section: 'home' is not a section id (ho\\u202Eme, outside)",
                "30:9: sections[0].id: must be a slug",
                "54:29: sections[0].questions[1].evidence.section: 'home' is not a section id (ho\\u202Eme",
                "102:18: sections[1].questions[3].section: 'home' is not a section id (ho\\u202Eme");
        expect("zero-width-in-claim-id", "22:9: claims[0].id: must be a slug");
        // document shape
        expect("empty-file", "1:1: : the file is empty");
        expect("comments-only", "1:1: : the file is empty");
        expect("scalar-document", "1:1: : expected a mapping, found the text 'just a sentence'");
        // found by the fuzz test: loaded as neither a module nor a problem, so it vanished silently
        expect("null-document", "1:1: : expected a mapping, found nothing");
        expect("list-document", "1:1: : expected a mapping, found a list");
        expect("id-not-folder", "1:5: id: must equal the name of the module's folder ('id-not-folder')");
        // keys and values
        expect(
                "unknown-key-typo",
                "38:9: sections[0].questions[0].answer: missing required key 'answer'",
                "47:9: sections[0].questions[0].anwser: unknown key 'anwser' (did you mean 'answer'?)");
        expect("unknown-key-far", "8:1: __proto__: unknown key '__proto__' (known keys: id, version,");
        expect("long-unknown-key", "8:1: kkkkkkkkkk|unknown key '" + "k".repeat(40) + "…' (known keys:");
        expect("huge-integer", "2:10: version: the number 99999999999999999999999999 is out of range");
        expect(
                "huge-float-points",
                "52:17: sections[0].questions[1].points: expected a number, found the number 1e400");
        expect(
                "nan-numeric-answer",
                "110:17: sections[1].questions[4].answer: expected a number, found the number .nan");
        expect("nan-as-text", "110:17: sections[1].questions[4].answer: expected a number, found the text 'NaN'");
        expect(
                "infinite-tolerance",
                "111:20: sections[1].questions[4].tolerance: expected a number, found the number .inf");
        expect("negative-points", "52:17: sections[0].questions[1].points: must be greater than 0");
        expect("zero-points", "52:17: sections[0].questions[1].points: must be greater than 0");
        expect("negative-tolerance", "111:20: sections[1].questions[4].tolerance: must be greater than or equal to 0");
        expect("reading-minutes-float", "7:18: reading-minutes: expected a whole number, found the number 5.5");
        expect(
                "boolean-as-yes",
                "66:17: sections[0].questions[2].answer: expected true or false, found the text 'yes'");
        expect(
                "empty-sections",
                "26:25: claims[0].evidence.section: 'home' is not a section id ()",
                "29:11: sections: size must be between 1 and 20",
                "30:1: x-sections: unknown key 'x-sections' (did you mean 'sections'?)");
        expect("empty-body", "69:11: sections[1].body: must not be blank");
        expect(
                "wrong-shape-glossary",
                "16:5: glossary[0]: expected a mapping, found the text 'nocturnal: Active at night.'");
        expect("glossary-term-without-definition", "16:5: glossary[0].definition: missing required key 'definition'");
        // dangling references
        expect(
                "dangling-question-evidence-section",
                "54:29: sections[0].questions[1].evidence.section: 'kitchen' is not a section id (home, outside)");
        expect(
                "dangling-claim-evidence-section",
                "26:25: claims[0].evidence.section: 'attic' is not a section id (home, outside)");
        expect("claim-quote-not-in-text", "26:38: claims[0].evidence.quote: not found in the text of section 'home'");
        expect("duplicate-claim-id", "27:9: claims[1].id: duplicate claim id 'cats-sleep'");
        expect("dangling-answer-option", "47:17: sections[0].questions[0].answer: 'z' is not an option id (a, b)");
        expect(
                "dangling-follows",
                "104:18: sections[1].questions[3].follows: 'q-nowhere' is not the id of an earlier question");
        expect(
                "dangling-highlight-section",
                "102:18: sections[1].questions[3].section: 'cellar' is not a section id (home, outside)");
        // found by the fuzz test: a section whose id is empty made the cross-checks throw instead of reporting it
        expect("section-without-id", "67:8: sections[1].id: must not be null");
        expect("reserved-section-id", "67:9: sections[1].id: 'results' is reserved (the address of the results page)");
        // valid YAML whose every text carries script: it loads; MarkdownTest and HostileContentIT show it stays text
        expect("xss-payloads");
        // generated below, too large for the repository
        expect("gen-scalar-4-mib", "1:1: : the file has 4194346 bytes; the limit is 1 MiB (1048576 bytes)");
        expect("gen-scalar-just-under-1-mib", "3:8: title: size must be between 0 and 300");
        expect("gen-claims-on-a-huge-body", "6:3: claims: size must be between 0 and 200");
        expect(
                "gen-thousands-of-sections",
                "4:3: sections: size must be between 1 and 20",
                "10005:3: claims: size must be between 0 and 200");
        expect("gen-too-many-values", "3:150004: topics[49998]: the file has more than 50000 values");
        expect(
                "gen-thousands-of-problems",
                "4:3: claims: size must be between 0 and 200",
                "4:20: claims[0].text: must not be blank",
                "4:28: claims[0].by: must not be blank",
                "4:40: claims[0].status: 'bogus' is not one of");
    }

    private static final Map<String, Long> MICROS = new ConcurrentSkipListMap<>();
    private static final Map<String, Long> CPU_MICROS = new ConcurrentSkipListMap<>();
    private static final Map<String, Long> ALLOCATED = new ConcurrentSkipListMap<>();

    @TempDir
    static Path generated;

    /** Starting the validator and reading its metadata takes a moment, once; it is not what is measured. */
    @BeforeAll
    static void warmUpAndGenerate() throws IOException {
        new ModuleLoader()
                .load(ModuleFixture.write(
                        generated, "test-module", ModuleFixture.VALID.getBytes(StandardCharsets.UTF_8)));
        String head = "id: %s\nversion: 1\n";
        generate("gen-scalar-4-mib", head + "title: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n");
        generate("gen-scalar-just-under-1-mib", head + "title: \"" + "x".repeat(1_040_000) + "\"\n");
        // one section of 96,000 characters that thousands of claims quote: each quote is checked against its text
        StringBuilder claims = new StringBuilder(
                head + "sections:\n  - {id: s, title: t, body: \"" + "Cats sleep. ".repeat(8_000) + "\"}\nclaims:\n");
        for (int i = 0; i < 5_000; i++) {
            claims.append("  - {id: c")
                    .append(i)
                    .append(", text: t, by: b, status: stated, evidence: {section: s, quote: zz}}\n");
        }
        generate("gen-claims-on-a-huge-body", claims.toString());
        // thousands of section ids, and a thousand references to a missing one that would each list them all
        StringBuilder sections = new StringBuilder(head + "sections:\n");
        for (int i = 0; i < 10_000; i++) {
            sections.append("  - {id: s").append(i).append(", title: t, body: b}\n");
        }
        sections.append("claims:\n");
        for (int i = 0; i < 1_000; i++) {
            sections.append("  - {id: c")
                    .append(i)
                    .append(", text: t, by: b, status: stated, evidence: {section: attic, quote: zz}}\n");
        }
        generate("gen-thousands-of-sections", sections.toString());
        // tens of thousands of problems: reported up to a cap, and found without comparing every pair
        StringBuilder problems = new StringBuilder(head + "claims:\n");
        for (int i = 0; i < 9_000; i++) {
            problems.append("  - {id: c").append(i).append(", text: '', by: '', status: bogus}\n");
        }
        generate("gen-thousands-of-problems", problems.toString());
        // more values than any module needs
        generate("gen-too-many-values", head + "topics: [" + "a, ".repeat(60_000) + "a]\n");
    }

    private static void generate(String name, String template) throws IOException {
        ModuleFixture.write(generated, name, template.formatted(name).getBytes(StandardCharsets.UTF_8));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return Stream.concat(
                    dirs.map(p -> p.getFileName().toString()),
                    EXPECTED.keySet().stream().filter(n -> n.startsWith("gen-")))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        Set<String> files;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            files = dirs.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(50);
        assertThat(EXPECTED.keySet().stream().filter(n -> !n.startsWith("gen-")))
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFileGivesItsSpecificProblem(String name) {
        Path file = (name.startsWith("gen-") ? generated : CORPUS).resolve(name).resolve(ModuleLoader.MODULE_FILE);

        var thread = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = thread.getCurrentThreadCpuTime();
        long allocated = thread.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        LoadResult result = new ModuleLoader().load(file);
        MICROS.put(name, (System.nanoTime() - start) / 1000);
        CPU_MICROS.put(name, (thread.getCurrentThreadCpuTime() - cpu) / 1000);
        ALLOCATED.put(name, thread.getCurrentThreadAllocatedBytes() - allocated);

        List<String> problems = ModuleFixture.problems(result);
        List<String> expected = EXPECTED.get(name);
        assertThat(expected).as("an expectation for " + name).isNotNull();
        assertThat(result.module().isPresent()).isEqualTo(expected.isEmpty());
        if (name.equals("gen-thousands-of-problems")) {
            assertThat(problems).hasSize(ModuleLoader.MAX_PROBLEMS + 1);
            assertThat(problems.getLast()).matches("\\d+:\\d+: : \\d+ more problems after this line");
        }
        if (name.startsWith("gen-")) {
            problems = problems.stream()
                    .filter(p -> !p.contains("missing required key"))
                    .toList();
        }
        if (name.equals("gen-thousands-of-problems")) {
            problems = problems.subList(0, expected.size());
        }
        assertThat(problems).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (String part : expected.get(i).split("\\|")) {
                assertThat(problems.get(i)).as(name + " problem " + i).contains(part);
            }
            assertThat(problems.get(i)).startsWith(expected.get(i).split("\\|")[0]);
        }
    }

    @AfterAll
    static void printDurations() {
        StringBuilder table = new StringBuilder("\nHostile corpus: wall ms, CPU ms and MB allocated per file (")
                .append(MICROS.size())
                .append(" files, load average ")
                .append(String.format(
                        "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()))
                .append(")\n");
        MICROS.forEach((name, micros) -> table.append(String.format(
                "  %-40s %9.1f %9.1f %8.1f%n",
                name,
                micros / 1000.0,
                CPU_MICROS.getOrDefault(name, 0L) / 1000.0,
                ALLOCATED.getOrDefault(name, 0L) / 1e6)));
        System.out.println(table);
    }
}
