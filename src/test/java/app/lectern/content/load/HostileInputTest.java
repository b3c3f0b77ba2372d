package app.lectern.content.load;

import static app.lectern.content.load.ModuleFixture.VALID;
import static app.lectern.content.load.ModuleFixture.load;
import static app.lectern.content.load.ModuleFixture.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malicious or broken files end in one clear problem, quickly, and never in an exception or a hang. */
class HostileInputTest {

    @TempDir
    Path dir;

    /** Starting the validator takes a moment; that must not count against the hang guard. */
    @BeforeAll
    static void startValidator() {
        new ModuleLoader();
    }

    private List<String> loadGuarded(String yaml) {
        return loadGuarded(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The timeout only guards against a hang; it is no benchmark. */
    private List<String> loadGuarded(byte[] content) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2), () -> problems(load(dir, "test-module", content)));
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAnchor() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))));
            yaml.append("]\n");
        }

        assertThat(loadGuarded(yaml.toString())).containsExactly("1:5: a0: YAML anchors (&a0) are not allowed");
    }

    @Test
    void aliasesAreRefused() {
        assertThat(loadGuarded("id: test-module\ntitle: *name\n"))
                .singleElement()
                .asString()
                .startsWith("2:8: ")
                .contains("alias");
    }

    @Test
    void tagsAreRefused() {
        assertThat(loadGuarded("id: test-module\ntitle: !!str \"x\"\n"))
                .singleElement()
                .asString()
                .startsWith("2:8: title: YAML tags");
        assertThat(loadGuarded("id: !shell test-module\n"))
                .singleElement()
                .asString()
                .startsWith("1:5: id: YAML tags");
    }

    @Test
    void deepNestingIsRefused() {
        String lists = "id: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        String mappings = "id: " + "{a: ".repeat(1000) + "1" + "}".repeat(1000) + "\n";
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            block.append(" ".repeat(i)).append("a:\n");
        }

        assertThat(loadGuarded(lists)).singleElement().asString().contains("nested more than 64 levels deep");
        assertThat(loadGuarded(mappings)).singleElement().asString().contains("nested more than 64 levels deep");
        assertThat(loadGuarded(block.toString()))
                .singleElement()
                .asString()
                .contains("nested more than 64 levels deep");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(loadGuarded("id: test-module\nversion: 1\ntitle: a\nversion: 2\n"))
                .singleElement()
                .asString()
                .startsWith("4:")
                .endsWith("duplicate key 'version'");
    }

    @Test
    void filesOverOneMebibyteAreRefusedBeforeParsing() {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4096; i++) {
            big.writeBytes(line);
        }

        assertThat(loadGuarded(big.toByteArray()))
                .containsExactly("1:1: : the file has 4194304 bytes; the limit is 1 MiB (1048576 bytes)");
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id: test-module\ntitle: \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // é in Latin-1
        bytes.writeBytes("\"\n".getBytes(StandardCharsets.UTF_8));

        assertThat(loadGuarded(bytes.toByteArray()))
                .containsExactly("2:12: : the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(loadGuarded("\uFEFF" + VALID)).isEmpty();
    }

    @Test
    void emptyFilesSyntaxErrorsAndSecondDocumentsAreProblems() {
        assertThat(loadGuarded("")).containsExactly("1:1: : the file is empty");
        assertThat(loadGuarded("id: test-module\ntitle: \"never closed\n"))
                .singleElement()
                .asString()
                .contains("invalid YAML");
        assertThat(loadGuarded("id: test-module\n---\nid: other\n"))
                .singleElement()
                .asString()
                .contains("only one YAML document");
        assertThat(loadGuarded("- just\n- a list\n")).containsExactly("1:1: : expected a mapping, found a list");
    }
}
