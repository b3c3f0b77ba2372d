package app.lectern.question.highlight;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HighlightGradingTest {

    private static final String CONCERN =
            "They are concerned that Beijing is sending military officers to observe Russia's war in Ukraine.";
    private static final String LESSONS = "Officers could learn tactical lessons from it.";
    private static final String OTHER = "Nobody has confirmed this.";
    private static final String ANOTHER = "The summit ended without a statement.";

    private final HighlightQuestion question = new HighlightQuestion(
            base("q"), null, List.of("Beijing is sending   military officers", "learn tactical lessons"), null);

    private double grade(String... picks) {
        return HighlightGrading.grade(question, new HighlightAnswer(new LinkedHashSet<>(List.of(picks))))
                .fraction();
    }

    @Test
    void pickingEverySupportingSentenceEarnsEverything() {
        assertThat(grade(CONCERN, LESSONS)).isEqualTo(1.0);
    }

    @Test
    void whiteSpaceIsCollapsedBeforeComparing() {
        assertThat(grade("They are concerned that Beijing is sending\nmilitary  officers to observe it.", LESSONS))
                .isEqualTo(1.0);
    }

    @Test
    void somePicksEarnTheirShareAndWrongPicksCostAsMuch() {
        assertThat(grade(CONCERN)).isEqualTo(0.5);
        assertThat(grade(CONCERN, LESSONS, OTHER)).isEqualTo(0.5);
        assertThat(grade(CONCERN, OTHER)).isZero();
    }

    @Test
    void wrongPicksNeverGoBelowZero() {
        assertThat(grade(OTHER, ANOTHER)).isZero();
    }

    @Test
    void eachKeyFragmentMakesOnlyOnePickRight() {
        HighlightQuestion one = new HighlightQuestion(base("q"), null, List.of("tactical lessons"), null);
        Set<String> twice = Set.of(LESSONS, "Tactical lessons matter. They learn tactical lessons.");
        assertThat(HighlightGrading.grade(one, new HighlightAnswer(twice)).fraction())
                .isZero();
    }

    @Test
    void theBestAssignmentOfFragmentsToPicksCounts() {
        // The first pick holds both fragments, the second only one: both picks are right.
        HighlightQuestion lessonsFirst = new HighlightQuestion(
                base("q"), null, List.of("learn tactical lessons", "Beijing is sending military officers"), null);
        String both = "Beijing is sending military officers to learn tactical lessons.";
        for (List<String> picks : List.of(List.of(both, LESSONS), List.of(LESSONS, both))) {
            assertThat(HighlightGrading.grade(lessonsFirst, new HighlightAnswer(new LinkedHashSet<>(picks)))
                            .fraction())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void noPickIsValidAndEarnsNothing() {
        assertThat(grade()).isZero();
    }

    @Test
    void nullOrBlankPicksAreRejected() {
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> HighlightGrading.grade(question, new HighlightAnswer(withNull)))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> grade(" "))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> HighlightGrading.grade(question, new HighlightAnswer(null)))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void keyTextQuotesTheKeySentences() {
        assertThat(HighlightGrading.keyText(question))
                .isEqualTo("“Beijing is sending military officers” “learn tactical lessons”");
    }
}
