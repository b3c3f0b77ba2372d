package app.lectern.question;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.content.QuestionBase;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class QuestionTypesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/questions");

    @Test
    void namesAreUnique() {
        List<String> names = QuestionTypes.ALL.stream().map(QuestionType::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(QuestionTypes.ALL.stream().map(QuestionType::questionClass).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void everyTypeOfTheContentFormatIsRegistered() {
        assertThat(QuestionTypes.names())
                .isEqualTo(
                        "single, multiple, true-false, short, numeric, order, match, categorize, cloze, highlight, open");
    }

    @Test
    void typesAreFoundByNameAndByRecord() {
        TrueFalseQuestion q = new TrueFalseQuestion(base("q"), true);
        assertThat(QuestionTypes.byName("true-false")).contains(QuestionTypes.of(q));
        assertThat(QuestionTypes.byName("essay")).isEmpty();
    }

    /** Every registered type has a fixture whose keys are fields of its record (or of every question). */
    @TestFactory
    Stream<DynamicTest> everyTypeHasAFixture() {
        Set<String> common = fields(QuestionBase.class);
        return QuestionTypes.ALL.stream()
                .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
                    Path file = FIXTURES.resolve(type.name() + ".yaml");
                    assertThat(file).as("fixture of type %s", type.name()).exists();
                    JsonNode node = new YAMLMapper().readTree(Files.readString(file));
                    assertThat(node.isObject())
                            .as("%s is one question mapping", file)
                            .isTrue();
                    assertThat(node.get("type").asString()).isEqualTo(type.name());
                    assertThat(node.get("id").asString()).isNotBlank();
                    Set<String> allowed = new HashSet<>(common);
                    allowed.addAll(fields(type.questionClass()));
                    assertThat(node.propertyNames()).as("keys of %s", file).isSubsetOf(allowed);
                }));
    }

    @Test
    void noFixtureIsLeftWithoutAType() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            Set<String> names = files.map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", ""))
                    .collect(Collectors.toSet());
            assertThat(names).allMatch(n -> QuestionTypes.byName(n).isPresent());
        }
    }

    @Test
    void gradingChecksTheAnswerType() {
        SingleQuestion q = new SingleQuestion(
                base("q"), List.of(new Option("a", "A", "Because A."), new Option("b", "B", null)), "a");
        QuestionType<?, ?> type = QuestionTypes.of(q);
        assertThat(type.grade(q, new SingleAnswer("a")).fullyRight()).isTrue();
        assertThat(type.keyText(q)).isEqualTo("a) A");
        assertThat(type.optionFeedback(q, new SingleAnswer("a"))).isEqualTo("Because A.");
        assertThatThrownBy(() -> type.grade(q, new MultipleAnswer(Set.of("a"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("a single question takes a SingleAnswer, not a MultipleAnswer");
        assertThatThrownBy(() -> type.grade(q, null))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("no answer given");
        assertThatThrownBy(() -> type.grade(new TrueFalseQuestion(base("t"), true), new TrueFalseAnswer(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a single question");
    }

    /** The field names of a record as written in content files (camelCase becomes kebab-case). */
    private static Set<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "-$1").toLowerCase())
                .filter(n -> !n.equals("base"))
                .collect(Collectors.toSet());
    }
}
