package app.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate <folder>}: exit codes and output. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cleanFolderExitsZeroWithASummary() throws IOException {
        write("answer: a");

        int code = ValidateCommand.run(new String[] {"validate", dir.toString()}, out);

        assertThat(code).isZero();
        assertThat(output()).isEqualTo("content: 1 module, 1 question, 0 problems" + System.lineSeparator());
    }

    @Test
    void problemsArePrintedOnePerLineAndExitOne() throws IOException {
        write("answer: e\n        anwser: a");

        int code = ValidateCommand.run(new String[] {"validate", dir.toString()}, out);

        assertThat(code).isEqualTo(1);
        String file = dir.resolve("sample/module.yaml").toString();
        assertThat(output().lines())
                .containsExactly(
                        file + ":17:17: sections[0].questions[0].answer: 'e' is not an option id (a, b)",
                        file + ":18:9: sections[0].questions[0].anwser: unknown key 'anwser' (did you mean 'answer'?)",
                        "content: 0 modules, 0 questions, 2 problems");
    }

    @Test
    void aMissingFolderIsAProblem() {
        int code = ValidateCommand.run(
                new String[] {"validate", dir.resolve("nowhere").toString()}, out);

        assertThat(code).isEqualTo(1);
        assertThat(output()).contains("content folder not found");
    }

    @Test
    void withoutAFolderItPrintsUsageAndExitsTwo() {
        int code = ValidateCommand.run(new String[] {"validate"}, out);

        assertThat(code).isEqualTo(2);
        assertThat(output()).startsWith("usage: ");
    }

    private void write(String answerLines) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sample"));
        Files.writeString(folder.resolve("module.yaml"), """
                id: sample
                version: 1
                title: "Sample"
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
                        %s
                        prompt: "What do cats do?"
                        skill: recall
                        explanation: "They sleep."
                        options: [{id: a, text: "Sleep"}, {id: b, text: "Fly"}]
                """.formatted(answerLines));
    }
}
