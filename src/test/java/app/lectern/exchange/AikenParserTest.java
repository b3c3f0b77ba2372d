package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.lectern.question.Option;
import app.lectern.question.single.SingleQuestion;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AikenParserTest {

    private final ImportResult result =
            QuestionImport.read(Format.AIKEN, "quiz.txt", Fixtures.bytes("questions.aiken.txt"), Set.of());

    @Test
    void wellFormedQuestionsBecomeSingleChoice() {
        assertThat(result.questions()).hasSize(2);
        SingleQuestion first = (SingleQuestion) result.questions().get(0);
        assertThat(first.base().prompt()).isEqualTo("What is 2 + 2?");
        assertThat(first.options()).extracting(Option::text).containsExactly("3", "4", "5");
        assertThat(first.answer()).isEqualTo("b");
        SingleQuestion second = (SingleQuestion) result.questions().get(1);
        assertThat(second.options()).extracting(Option::text).containsExactly("Mars", "Jupiter");
        assertThat(second.answer()).isEqualTo("b");
        assertThat(second.id()).isEqualTo("which-planet-is-largest");
    }

    @Test
    void everyMalformedQuestionIsReportedAtItsLine() {
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::message)
                .containsExactly(
                        tuple(14, "'ANSWER: E' names no option (A–B): not imported"),
                        tuple(16, "the question has no 'ANSWER: X' line: not imported"),
                        tuple(22, "option C where B was expected: question not imported"),
                        tuple(25, "fewer than 2 options (A. …, B. …): not imported"));
    }

    @Test
    void aQuestionLeftOpenAtTheEndIsReported() {
        ImportResult r =
                QuestionImport.read(Format.AIKEN, "q.txt", "Q?\nA. a\nB. b".getBytes(StandardCharsets.UTF_8), Set.of());
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }
}
