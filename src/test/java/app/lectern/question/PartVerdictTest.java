package app.lectern.question;

import static app.lectern.question.PartVerdict.Mark.MISSED;
import static app.lectern.question.PartVerdict.Mark.RIGHT;
import static app.lectern.question.PartVerdict.Mark.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.ui.InputFixtures;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each part of a several-part answer is judged by its type's grading, as the grade counts it. */
class PartVerdictTest {

    private static List<PartVerdict> parts(app.lectern.content.Question q, Answer a) {
        return QuestionTypes.of(q).parts(q, a);
    }

    @Test
    void categorizeJudgesEachItemAndAnUnplacedOneIsWrong() {
        List<PartVerdict> parts =
                parts(InputFixtures.CATEGORIZE, new CategorizeAnswer(Map.of(0, "zq-cat-fact", 1, "zq-cat-fact")));

        assertThat(parts)
                .containsExactly(new PartVerdict("0", RIGHT), new PartVerdict("1", WRONG), new PartVerdict("2", WRONG));
    }

    @Test
    void matchJudgesEachLeftHandText() {
        List<PartVerdict> parts = parts(
                InputFixtures.MATCH,
                new MatchAnswer(Map.of(
                        "Zelensky", "President of Ukraine",
                        "Lin Jian", "Russian defence minister",
                        "Spencer", "Author of the article")));

        assertThat(parts)
                .containsExactly(
                        new PartVerdict("Zelensky", RIGHT),
                        new PartVerdict("Lin Jian", WRONG),
                        new PartVerdict("Spencer", RIGHT));
    }

    @Test
    void multipleJudgesEveryOptionAndAnUntickedRightOneIsMissed() {
        List<PartVerdict> parts =
                parts(InputFixtures.MULTIPLE, new MultipleAnswer(ordered("zq-m-kyiv", "zq-m-moscow")));

        assertThat(parts)
                .containsExactly(
                        new PartVerdict("zq-m-kyiv", RIGHT),
                        new PartVerdict("zq-m-moscow", WRONG),
                        new PartVerdict("zq-m-washington", MISSED));
    }

    @Test
    void clozeJudgesEachBlankWithItsAlternatives() {
        List<PartVerdict> parts = parts(InputFixtures.CLOZE, new ClozeAnswer(List.of("zqunfounded", "Moscow")));

        assertThat(parts).containsExactly(new PartVerdict("0", RIGHT), new PartVerdict("1", WRONG));
    }

    @Test
    void highlightJudgesEachPickAndCountsAMissedKeySentenceWithoutNamingIt() {
        List<PartVerdict> right = parts(
                InputFixtures.HIGHLIGHT,
                new HighlightAnswer(ordered("Washington is worried.", InputFixtures.CONCERNS_SENTENCES.get(1))));
        List<PartVerdict> missed =
                parts(InputFixtures.HIGHLIGHT, new HighlightAnswer(ordered("Nobody has confirmed this.")));

        assertThat(right)
                .containsExactly(
                        new PartVerdict("Washington is worried.", WRONG),
                        new PartVerdict(InputFixtures.CONCERNS_SENTENCES.get(1), RIGHT));
        assertThat(missed)
                .containsExactly(
                        new PartVerdict("Nobody has confirmed this.", WRONG), new PartVerdict("missed-1", MISSED));
    }

    @Test
    void theSampleRightAnswerHasEveryPartRightAndOneThingAnswersHaveNoParts() {
        for (app.lectern.content.Question q : InputFixtures.ONE_OF_EACH) {
            QuestionType<?, ?> type = QuestionTypes.of(q);
            List<PartVerdict> parts = type.parts(q, type.rightAnswer(InputFixtures.MODULE, q));
            assertThat(parts).as(type.name()).allMatch(PartVerdict::right);
            boolean several = List.of("categorize", "match", "multiple", "cloze", "highlight")
                    .contains(type.name());
            assertThat(parts.isEmpty()).as("%s has parts", type.name()).isEqualTo(!several);
        }
    }

    @SafeVarargs
    private static <T> LinkedHashSet<T> ordered(T... items) {
        return new LinkedHashSet<>(List.of(items));
    }
}
