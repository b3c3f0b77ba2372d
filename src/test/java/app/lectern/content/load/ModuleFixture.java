package app.lectern.content.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small valid module, and helpers to load variants of it and to point at places in it. */
final class ModuleFixture {

    static final String VALID = """
            id: test-module
            version: 1
            title: "Animals at home"
            summary: "A short text about animals."
            language: en
            level: "Grades 9–12"
            reading-minutes: 5
            topics: [animals, "daily life"]
            source:
              author: "A. Writer"
              publisher: "The Paper"
              published: 2025-02
            objectives:
              - "Tell what animals do."
            glossary:
              - term: "nocturnal"
                definition: "Active at night."
            timeline:
              - date: 2025
                event: "The article appears."
            claims:
              - id: cats-sleep
                text: "Cats sleep a lot."
                by: "The author"
                status: stated
                evidence: {section: home, quote: "Cats sleep a lot."}
                responses:
                  - {by: "Dog owners", status: denied, text: "Dogs sleep more."}
            sections:
              - id: home
                title: "At home"
                body: |
                  Cats sleep a lot. Dogs *bark* at night!

                  Birds sing "in the morning." Fish swim
                  in their bowl.
                questions:
                  - id: q-single
                    type: single
                    prompt: "What do cats do a lot?"
                    skill: recall
                    explanation: "The text says they sleep a lot."
                    evidence: {quote: "Cats sleep a lot."}
                    options:
                      - {id: a, text: "Sleep"}
                      - {id: b, text: "Fly"}
                    answer: a
                  - id: q-multiple
                    type: multiple
                    prompt: "Which animals make noise?"
                    skill: main-idea
                    points: 2
                    explanation: "Dogs bark and birds sing."
                    evidence: {section: home, quote: "Dogs bark at night!"}
                    options:
                      - {id: a, text: "Dogs"}
                      - {id: b, text: "Birds"}
                      - {id: c, text: "Fish"}
                    answers: [a, b]
                  - id: q-true-false
                    type: true-false
                    prompt: "Fish swim in a bowl."
                    skill: recall
                    explanation: "They swim in their bowl."
                    evidence: {quote: "Fish swim in their bowl."}
                    answer: true
              - id: outside
                title: "Outside"
                body: "Rain falls on the garden. The sun shines later."
                questions:
                  - id: q-categorize
                    type: categorize
                    prompt: "Sort the animals."
                    skill: vocabulary
                    explanation: "Cats and dogs are pets; fish live in water."
                    categories:
                      - {id: pets, label: "Pets"}
                      - {id: water, label: "Water animals"}
                    items:
                      - {text: "Cat", category: pets}
                      - {text: "Fish", category: water}
                  - id: q-order
                    type: order
                    prompt: "Put in order."
                    skill: chronology
                    explanation: "Rain first, then sun."
                    items:
                      - {id: rain, text: "Rain"}
                      - {id: sun, text: "Sun"}
                      - {id: night, text: "Night"}
                  - id: q-cloze
                    type: cloze
                    prompt: "Fill in."
                    skill: vocabulary
                    explanation: "Rain falls."
                    text: "[[Rain|Water]] falls on the garden."
                  - id: q-highlight
                    type: highlight
                    prompt: "Which sentence supports your answer?"
                    skill: inference
                    explanation: "The first sentence says so."
                    section: home
                    sentences: ["Cats sleep a lot."]
                    follows: q-single
                  - id: q-numeric
                    type: numeric
                    prompt: "How many pets?"
                    skill: recall
                    explanation: "Two."
                    answer: 2
                    tolerance: 0.5
                  - id: q-open
                    type: open
                    prompt: "Why do cats sleep?"
                    skill: inference
                    model-answer: "To save energy."
                    rubric:
                      - {points: 1, description: "Gives a reason."}
            """;

    private ModuleFixture() {}

    /** Writes the text as {@code <dir>/test-module/module.yaml} and loads it. */
    static LoadResult load(Path dir, String yaml) {
        return load(dir, "test-module", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static LoadResult load(Path dir, String folder, byte[] content) {
        return new ModuleLoader().load(write(dir, folder, content));
    }

    static Path write(Path dir, String folder, byte[] content) {
        try {
            Path file = Files.createDirectories(dir.resolve(folder)).resolve("module.yaml");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems without the file name: {@code line:column: path: message}. */
    static List<String> problems(LoadResult result) {
        return result.problems().stream()
                .map(p -> p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message())
                .toList();
    }

    /** The same text with exactly one occurrence of {@code from} replaced. */
    static String replace(String yaml, String from, String to) {
        int at = yaml.indexOf(from);
        if (at < 0 || yaml.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the fixture: " + from);
        }
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    /** {@code line:column} of the character {@code offset} characters into the only occurrence of {@code needle}. */
    static String at(String yaml, String needle, int offset) {
        int index = yaml.indexOf(needle);
        if (index < 0 || yaml.indexOf(needle, index + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the text: " + needle);
        }
        index += offset;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (yaml.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (index - lineStart + 1);
    }
}
