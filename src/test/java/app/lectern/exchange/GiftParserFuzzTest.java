package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Question;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzzes the GIFT parser with Jazzer: whatever bytes a teacher uploads, the import ends in an {@link ImportResult}
 * (questions with unique slug ids, problems with a message), never in an exception.
 *
 * <p>A plain test run runs the seeds in {@code GiftParserFuzzTestInputs/} and every finding kept there as a regression
 * test. To fuzz for five minutes: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=GiftParserFuzzTest
 * -Djazzer.max_duration=5m}; new findings are written to the inputs folder.
 */
class GiftParserFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parsingEndsInAResult(byte[] bytes) {
        ImportResult result = GiftParser.parse("fuzz.gift", bytes, Set.of("taken"));

        assertThat(result.questions().size()).isLessThanOrEqualTo(QuestionImport.MAX_QUESTIONS);
        assertThat(result.problems().size()).isLessThanOrEqualTo(Drafts.MAX_PROBLEMS + 1);
        Set<String> ids = new HashSet<>();
        for (Question q : result.questions()) {
            assertThat(q.id()).matches(app.lectern.content.Slugs.SLUG).isNotEqualTo("taken");
            assertThat(ids.add(q.id())).as("unique id %s", q.id()).isTrue();
            assertThat(q.base().prompt()).isNotNull();
        }
        for (ImportProblem p : result.problems()) {
            assertThat(p.line()).isNotNegative();
            assertThat(p.message()).isNotBlank();
        }
    }
}
