package app.lectern.classroom.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.lectern.classroom.gradebook.ItemAnalysis.GradedAnswer;
import app.lectern.content.Skill;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Item analysis numbers on small data sets computed by hand. */
class ItemAnalysisTest {

    private static final GradebookColumn COLUMN =
            new GradebookColumn(1, "q", "Section", "Prompt?", "single", Skill.RECALL, 1.0, true);

    /** A student ranked by their id: student 1 has the highest total score, 100 %, each next one 10 points less. */
    private static GradedAnswer ranked(long id, double fraction) {
        return new GradedAnswer(id, 110 - 10.0 * id, fraction, null);
    }

    private static GradedAnswer wrong(long id, String text) {
        return new GradedAnswer(id, 50, 0, text);
    }

    @Test
    void nobodyAnsweredHasNoFacilityAndNoIndex() {
        ItemAnalysis item = ItemAnalysis.of(COLUMN, List.of());

        assertThat(item.answered()).isZero();
        assertThat(item.facility()).isNull();
        assertThat(item.topWrongAnswer()).isNull();
        assertThat(item.topWrongCount()).isZero();
        assertThat(item.discrimination()).isNull();
        assertThat(item.noDiscrimination()).isEqualTo(ItemAnalysis.NoDiscrimination.TOO_FEW_ANSWERS);
    }

    @Test
    void facilityIsTheMeanGradeAndFewerThanTenAnswersGiveNoIndex() {
        List<GradedAnswer> nine = new ArrayList<>();
        for (long id = 1; id <= 9; id++) {
            nine.add(ranked(id, id <= 3 ? 1 : id <= 6 ? 0.5 : 0));
        }
        ItemAnalysis item = ItemAnalysis.of(COLUMN, nine);

        // (3 × 1 + 3 × 0.5 + 3 × 0) / 9 = 0.5
        assertThat(item.answered()).isEqualTo(9);
        assertThat(item.facility()).isCloseTo(0.5, within(1e-9));
        assertThat(item.discrimination()).isNull();
        assertThat(item.noDiscrimination()).isEqualTo(ItemAnalysis.NoDiscrimination.TOO_FEW_ANSWERS);
    }

    @Test
    void tenAnswersCompareTheTopThreeWithTheBottomThree() {
        double[] fractions = {1, 1, 0, 1, 0, 1, 0, 0, 1, 0};
        List<GradedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < fractions.length; i++) {
            answers.add(ranked(i + 1, fractions[i]));
        }
        Collections.reverse(answers);
        ItemAnalysis item = ItemAnalysis.of(COLUMN, answers);

        // 27 % of 10 rounds to 3: top (1 + 1 + 0) / 3 minus bottom (0 + 1 + 0) / 3 = 1/3; facility 5/10
        assertThat(item.facility()).isCloseTo(0.5, within(1e-9));
        assertThat(item.discrimination()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(item.noDiscrimination()).isNull();
    }

    @Test
    void theGroupsAreTwentySevenPercentRounded() {
        List<GradedAnswer> answers = new ArrayList<>();
        for (long id = 1; id <= 13; id++) {
            answers.add(ranked(id, id <= 3 ? 1 : 0));
        }
        // 27 % of 13 = 3.51 rounds to 4: top (1 + 1 + 1 + 0) / 4 minus bottom 0 = 0.75
        assertThat(ItemAnalysis.of(COLUMN, answers).discrimination()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void anItemTheWeakerStudentsGetRightDiscriminatesNegatively() {
        List<GradedAnswer> answers = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            answers.add(ranked(id, id >= 8 ? 1 : 0));
        }
        assertThat(ItemAnalysis.of(COLUMN, answers).discrimination()).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void studentsWithTheSameTotalAreRankedByIdWhateverTheInputOrder() {
        List<GradedAnswer> answers = new ArrayList<>();
        for (long id = 10; id >= 1; id--) {
            answers.add(new GradedAnswer(id, 50, id <= 3 ? 1 : 0, null));
        }
        // the top group is students 1–3 (all right), the bottom group 8–10 (all wrong)
        assertThat(ItemAnalysis.of(COLUMN, answers).discrimination()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theMostGivenWrongAnswerIgnoresCaseAndSpacesAndRightAnswers() {
        List<GradedAnswer> answers = List.of(
                new GradedAnswer(1, 90, 1, "a) Right"),
                new GradedAnswer(2, 80, 1, "a) Right"),
                new GradedAnswer(3, 70, 1, "a) Right"),
                wrong(4, "c) Kyiv"),
                wrong(5, "b) Reuters"),
                new GradedAnswer(6, 60, 0.5, "B)  reuters"),
                wrong(7, null));
        ItemAnalysis item = ItemAnalysis.of(COLUMN, answers);

        // a partly right answer counts as wrong; the text is shown as first given
        assertThat(item.topWrongAnswer()).isEqualTo("b) Reuters");
        assertThat(item.topWrongCount()).isEqualTo(2);
        assertThat(item.answered()).isEqualTo(7);
    }

    @Test
    void onATieTheWrongAnswerGivenFirstIsShown() {
        ItemAnalysis item = ItemAnalysis.of(COLUMN, List.of(wrong(1, "x"), wrong(2, "y"), wrong(3, "Y ")));
        assertThat(item.topWrongAnswer()).isEqualTo("y");
        assertThat(item.topWrongCount()).isEqualTo(2);

        ItemAnalysis tie = ItemAnalysis.of(COLUMN, List.of(wrong(1, "x"), wrong(2, "y")));
        assertThat(tie.topWrongAnswer()).isEqualTo("x");
        assertThat(tie.topWrongCount()).isEqualTo(1);
    }

    @Test
    void answersThatAreNotComparedGiveNoWrongAnswer() {
        ItemAnalysis item = ItemAnalysis.of(COLUMN, List.of(wrong(1, null), wrong(2, null)));
        assertThat(item.topWrongAnswer()).isNull();
        assertThat(item.topWrongCount()).isZero();
    }

    @Test
    void theBandSaysInWordsWhetherTheClassFoundAQuestionHard() {
        assertThat(ItemAnalysis.of(COLUMN, List.of()).band()).isEqualTo(ItemAnalysis.Band.NONE);
        assertThat(ItemAnalysis.of(COLUMN, List.of(ranked(1, 0.39), ranked(2, 0.39)))
                        .band())
                .isEqualTo(ItemAnalysis.Band.HARD);
        assertThat(ItemAnalysis.of(COLUMN, List.of(ranked(1, 0.4))).band()).isEqualTo(ItemAnalysis.Band.MEDIUM);
        assertThat(ItemAnalysis.of(COLUMN, List.of(ranked(1, 0.74))).band()).isEqualTo(ItemAnalysis.Band.MEDIUM);
        assertThat(ItemAnalysis.of(COLUMN, List.of(ranked(1, 0.5), ranked(2, 1.0)))
                        .band())
                .isEqualTo(ItemAnalysis.Band.EASY);
    }
}
