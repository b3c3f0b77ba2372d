package app.lectern.question;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A worksheet prints what a learner reads and nothing of the key, for every question of real content. */
class PaperQuestionTest {

    private static final LearningModule SHIPPED = load(Path.of("content", "china-russia-ukraine"));
    private static final LearningModule CANARY = load(Path.of("src", "test", "resources", "canary-content", "canary"));

    private static LearningModule load(Path folder) {
        return new ModuleLoader()
                .load(folder.resolve(ModuleLoader.MODULE_FILE))
                .module()
                .orElseThrow();
    }

    private static String printed(PaperQuestion paper) {
        List<String> all = new ArrayList<>(paper.choices());
        all.addAll(paper.targets());
        all.add(paper.gapText() == null ? "" : paper.gapText());
        all.add(paper.question().base().prompt());
        return String.join("\n", all);
    }

    @Test
    void noExplanationFeedbackHintModelAnswerOrRubricIsPrinted() {
        CANARY.questions()
                .forEach(q -> assertThat(printed(PaperQuestion.of(CANARY, q)))
                        .as(q.id())
                        .doesNotContain("CANARY-EXPL", "CANARY-FB", "CANARY-HINT", "CANARY-MODEL", "CANARY-RUBRIC"));
    }

    @Test
    void everyQuestionOfTheShippedAndCanaryContentHasAPaperForm() {
        assertThat(Stream.concat(SHIPPED.questions(), CANARY.questions())
                        .map(q -> PaperQuestion.of(module(q), q).kind()))
                .doesNotContainNull();
    }

    @Test
    void orderItemsAndMatchAnswersAreNeverPrintedInTheKeysOrder() {
        List<Question> all =
                Stream.concat(SHIPPED.questions(), CANARY.questions()).toList();
        assertThat(all).anyMatch(q -> q instanceof OrderQuestion).anyMatch(q -> q instanceof MatchQuestion);
        for (Question q : all) {
            PaperQuestion paper = PaperQuestion.of(module(q), q);
            if (q instanceof OrderQuestion order) {
                assertThat(paper.choices())
                        .as(q.id())
                        .containsExactlyInAnyOrderElementsOf(
                                order.items().stream().map(OrderItem::text).toList())
                        .isNotEqualTo(
                                order.items().stream().map(OrderItem::text).toList());
            }
            if (q instanceof MatchQuestion match) {
                List<String> rights =
                        match.pairs().stream().map(MatchPair::right).toList();
                assertThat(paper.targets().subList(0, rights.size())).as(q.id()).isNotEqualTo(rights);
            }
        }
    }

    @Test
    void aListAlreadyInAlphabeticalOrderIsStillMoved() {
        assertThat(PaperQuestion.notInKeyOrder(List.of("Alpha", "beta", "Gamma")))
                .containsExactly("beta", "Gamma", "Alpha");
        assertThat(PaperQuestion.notInKeyOrder(List.of("c", "a", "b"))).containsExactly("a", "b", "c");
    }

    @Test
    void clozeBlanksArePrintedAsNumberedLinesWithoutTheirAnswers() {
        Stream.concat(SHIPPED.questions(), CANARY.questions())
                .filter(q -> q instanceof app.lectern.question.cloze.ClozeQuestion)
                .forEach(q -> {
                    PaperQuestion paper = PaperQuestion.of(module(q), q);
                    assertThat(paper.gapText())
                            .as(q.id())
                            .contains("(1) ________")
                            .doesNotContain("[[");
                });
    }

    private static LearningModule module(Question q) {
        return SHIPPED.question(q.id()).isPresent() ? SHIPPED : CANARY;
    }
}
