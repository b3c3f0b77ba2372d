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

    @Test
    void lintPrintsWarningsAndNotesAndTheyFailOnlyWhenStrict() throws IOException {
        write("answer: a");
        Path file = dir.resolve("sample/module.yaml");
        String yaml = Files.readString(file)
                .replace("text: \"Fly\"}]", "text: \"Fly\"}, {id: c, text: \"All of the above\"}]");
        Files.writeString(file, yaml);

        int code = ValidateCommand.run(new String[] {"validate", "--lint", dir.toString()}, out);

        assertThat(code).isZero();
        assertThat(output().lines())
                .contains(
                        file + ":21:79: sections[0].questions[0].options[2].text: warning: 'All of the above' refers to"
                                + " the other options; write an option of its own [all-none-of-above]")
                .anyMatch(l -> l.startsWith(file + ": note: questions per skill: recall 1"))
                .anyMatch(l -> l.startsWith(file + ": note: reading level of section 'one': grade "))
                .last()
                .isEqualTo("content: 1 module, 1 question, 0 problems, 1 warning");

        bytes.reset();
        assertThat(ValidateCommand.run(new String[] {"validate", "--strict", dir.toString()}, out))
                .isEqualTo(1);
        assertThat(output()).contains("[all-none-of-above]").endsWith("1 warning" + System.lineSeparator());
    }

    @Test
    void withoutLintTheOutputIsUnchanged() throws IOException {
        write("answer: a");
        Path file = dir.resolve("sample/module.yaml");
        Files.writeString(
                file,
                Files.readString(file).replace("text: \"Fly\"}]", "text: \"Fly\"}, {id: c, text: \"None of these\"}]"));

        assertThat(ValidateCommand.run(new String[] {"validate", dir.toString()}, out))
                .isZero();
        assertThat(output()).isEqualTo("content: 1 module, 1 question, 0 problems" + System.lineSeparator());
    }

    @Test
    void anUnknownOptionOrASecondFolderIsAUsageError() {
        assertThat(ValidateCommand.run(new String[] {"validate", "--lnt", dir.toString()}, out))
                .isEqualTo(2);
        assertThat(ValidateCommand.run(new String[] {"validate", "--lint"}, out))
                .isEqualTo(2);
        assertThat(ValidateCommand.run(new String[] {"validate", "a", "b"}, out))
                .isEqualTo(2);
        assertThat(output()).startsWith("usage: java -jar lectern.jar validate [--lint] [--strict] <content-folder>");
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
