package app.lectern.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the article reader with Jazzer: whatever a teacher pastes or uploads, as whatever kind of file, reading ends
 * in an article within the limits or a problem in words, never in an exception.
 *
 * <p>A plain test run runs the seeds in {@code ArticleReaderFuzzTestInputs/} as regression tests. To fuzz for five
 * minutes: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ArticleReaderFuzzTest -Djazzer.max_duration=5m}.
 */
class ArticleReaderFuzzTest {

    private static final List<String> NAMES = List.of("a.txt", "a.md", "a.html", "a.docx", "a.htm", "a");

    @FuzzTest(maxDuration = "5m")
    void readingEndsInAnArticleOrAProblem(FuzzedDataProvider data) {
        String name = NAMES.get(data.consumeInt(0, NAMES.size() - 1));
        boolean paste = data.consumeBoolean();
        ArticleResult result = paste
                ? ArticleReader.fromPaste(data.consumeRemainingAsString())
                : ArticleReader.read(name, data.consumeRemainingAsBytes());

        if (result.ok()) {
            Article article = result.article();
            assertThat(article.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(ArticleReader.MAX_BLOCKS);
            assertThat(article.blocks())
                    .allSatisfy(b -> assertThat(b.markdown())
                            .isNotBlank()
                            .doesNotContain("\n\n")
                            .doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\u202e]"));
            List<ProposedSection> sections = SectionProposal.propose(article);
            assertThat(sections).isNotEmpty().hasSizeLessThanOrEqualTo(20);
            assertThat(sections).allSatisfy(s -> assertThat(s.id()).matches("[a-z0-9][a-z0-9-]{0,63}"));
        } else {
            assertThat(result.problem()).isNotBlank();
        }
    }
}
