package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.answering.Feedback;
import app.lectern.answering.KeyRelease;
import app.lectern.answering.Release;
import app.lectern.answering.StoredResponse;
import app.lectern.content.Evidence;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.QuestionTypes;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.ui.ElementTree;
import app.lectern.question.ui.InputFixtures;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The card marks each part of a several-part answer once the answer pipeline releases the verdicts, and before that
 * shows only how many parts are right: no mark, no verdict word reaches the browser while tries remain or while an
 * assignment withholds feedback.
 */
class QuestionCardPartsTest extends InputTestSupport {

    /** What would tell which part is right: the marks, their words and symbols. */
    private static final List<String> VERDICT_TRACES =
            List.of("lectern-part-mark", "Not right", "Missed", "\u2713", "\u2717");

    private record Row(int tryNo, double points, double maxPoints, double fraction, boolean pending)
            implements StoredResponse {}

    /** Answers through the real pipeline (grading, then {@link KeyRelease}) with the given release. */
    private static final class Pipeline implements QuestionCard.Answering, QuestionCard.Page {
        private final Release release;
        private final boolean withheld;
        private int tries;

        Pipeline(Release release) {
            this.release = release;
            this.withheld = !release.feedbackReleased();
        }

        @Override
        public Feedback submit(Question question, Answer answer) {
            double fraction = QuestionTypes.of(question).grade(question, answer).fraction();
            Row row = new Row(++tries, fraction * question.points(), question.points(), fraction, false);
            return KeyRelease.feedback(InputFixtures.MODULE, question, answer, row, release);
        }

        @Override
        public long displaySeed(Question question) {
            return 7;
        }

        @Override
        public String takeHint(Question question) {
            return "";
        }

        @Override
        public boolean feedbackWithheld() {
            return withheld;
        }

        @Override
        public void showEvidence(Question question, Evidence evidence) {}

        @Override
        public void answered(Question question, Answer answer, Feedback feedback) {}
    }

    private static final Release SELF_STUDY_THREE_TRIES = new Release(true, 3, false, false);
    private static final Release ONE_TRY = new Release(true, 1, false, false);

    /** Categorize: the first and third item right, the second wrong. */
    private static final CategorizeAnswer TWO_OF_THREE =
            new CategorizeAnswer(Map.of(0, "zq-cat-fact", 1, "zq-cat-fact", 2, "zq-cat-fact"));

    private QuestionCard card(Question question, Answer answer, Release release) {
        Pipeline pipeline = new Pipeline(release);
        QuestionCard card =
                new QuestionCard(question, 1, InputFixtures.MODULE, answer, null, false, pipeline, pipeline);
        UI.getCurrent().add(card);
        return card;
    }

    private void check(QuestionCard card) {
        test($(Button.class, card).withText("Check").single()).click();
    }

    private static List<String> marks(QuestionCard card) {
        return ElementTree.elements(card.getElement()).stream()
                .filter(e -> !e.isTextNode() && e.getClassList().contains("lectern-part-mark"))
                .map(e -> e.getAttribute("data-mark") + ": " + e.getTextRecursively())
                .toList();
    }

    private static String text(QuestionCard card) {
        return card.getElement().getTextRecursively();
    }

    @Test
    void whileTriesRemainTheCardSaysHowManyPartsAreRightAndNothingOfWhich() {
        QuestionCard card = card(InputFixtures.CATEGORIZE, TWO_OF_THREE, SELF_STUDY_THREE_TRIES);

        check(card);

        assertThat(text(card)).contains("2 of 3 parts are right.");
        assertThat(marks(card)).isEmpty();
        assertThat(ElementTree.occurrences(card, VERDICT_TRACES))
                .as("per-part verdicts in the browser")
                .isEmpty();
    }

    @Test
    void onceTheLastTryIsUsedEachItemIsMarkedWithASymbolAndAWord() {
        QuestionCard card = card(InputFixtures.CATEGORIZE, TWO_OF_THREE, SELF_STUDY_THREE_TRIES);

        check(card);
        test($(Button.class, card).withText("Try again").single()).click();
        assertThat(marks(card)).isEmpty();
        check(card);
        test($(Button.class, card).withText("Try again").single()).click();
        check(card);

        assertThat(marks(card))
                .containsExactly("right: \u2713 Right", "wrong: \u2717 Not right", "right: \u2713 Right");
        assertThat(ElementTree.elements(card.getElement()))
                .as("the symbol is not read out, the word is")
                .filteredOn(e -> !e.isTextNode() && e.getClassList().contains("lectern-part-symbol"))
                .allMatch(e -> "true".equals(e.getAttribute("aria-hidden")));
    }

    @Test
    void anAssignmentThatWithholdsFeedbackShowsNoCountAndNoMarks() {
        QuestionCard card = card(InputFixtures.CATEGORIZE, TWO_OF_THREE, new Release(false, 1, false, false));

        check(card);

        assertThat(text(card)).contains("Answer saved.").doesNotContain("parts");
        assertThat(ElementTree.occurrences(card, VERDICT_TRACES)).isEmpty();
    }

    @Test
    void matchClozeMultipleAndHighlightMarkTheirPartsOnceSettled() {
        QuestionCard match = card(
                InputFixtures.MATCH,
                new MatchAnswer(Map.of(
                        "Zelensky", "President of Ukraine",
                        "Lin Jian", "Russian defence minister",
                        "Spencer", "Author of the article")),
                ONE_TRY);
        QuestionCard cloze = card(InputFixtures.CLOZE, new ClozeAnswer(List.of("zqunfounded", "Moscow")), ONE_TRY);
        QuestionCard multiple =
                card(InputFixtures.MULTIPLE, new MultipleAnswer(Set.of("zq-m-kyiv", "zq-m-moscow")), ONE_TRY);
        QuestionCard highlight = card(
                InputFixtures.HIGHLIGHT,
                new HighlightAnswer(Set.of("Washington is worried.", InputFixtures.CONCERNS_SENTENCES.get(1))),
                ONE_TRY);

        List.of(match, cloze, multiple, highlight).forEach(this::check);

        assertThat(marks(match))
                .containsExactly("right: \u2713 Right", "wrong: \u2717 Not right", "right: \u2713 Right");
        assertThat(marks(cloze)).containsExactly("right: \u2713 Right", "wrong: \u2717 Not right");
        // Kyiv ticked and right, Moscow ticked and wrong, Washington a right option left unticked
        assertThat(marks(multiple))
                .containsExactly("right: \u2713 Right", "wrong: \u2717 Not right", "missed: \u2717 Missed");
        assertThat(marks(highlight)).containsExactlyInAnyOrder("wrong: \u2717 Not right", "right: \u2713 Right");
    }

    @Test
    void textThatIsNotANumberIsToldToTypeANumber() {
        QuestionCard card = card(InputFixtures.NUMERIC, null, ONE_TRY);
        Element field = ElementTree.elements(card.getElement()).stream()
                .filter(e -> "vaadin-text-field".equals(e.getTag()))
                .findFirst()
                .orElseThrow();
        test((com.vaadin.flow.component.textfield.TextField)
                        field.getComponent().orElseThrow())
                .setValue("1.2.3");

        check(card);

        assertThat(text(card)).contains("Type a number, e.g. 3");
    }
}
