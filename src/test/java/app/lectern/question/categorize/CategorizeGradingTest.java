package app.lectern.question.categorize;

import static app.lectern.question.TestQuestions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.question.InvalidAnswerException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategorizeGradingTest {

    private final CategorizeQuestion question = new CategorizeQuestion(
            base("q"),
            List.of(new Category("seen", "What they point to"), new Category("inferred", "What they conclude")),
            List.of(
                    new CategorizeItem("Ads circulate", "seen"),
                    new CategorizeItem("Media is censored", "seen"),
                    new CategorizeItem("Authorities know", "inferred"),
                    new CategorizeItem("Tacit approval", "inferred")));

    private double grade(Map<Integer, String> placements) {
        return CategorizeGrading.grade(question, new CategorizeAnswer(placements))
                .fraction();
    }

    @Test
    void everyItemInPlaceEarnsEverything() {
        assertThat(grade(Map.of(0, "seen", 1, "seen", 2, "inferred", 3, "inferred")))
                .isEqualTo(1.0);
    }

    @Test
    void itemsInPlaceEarnTheirShare() {
        assertThat(grade(Map.of(0, "seen", 1, "inferred", 2, "inferred", 3, "seen")))
                .isEqualTo(0.5);
        assertThat(grade(Map.of(0, "seen"))).isEqualTo(0.25);
    }

    @Test
    void allWrongOrNothingPlacedEarnsNothing() {
        assertThat(grade(Map.of(0, "inferred", 1, "inferred", 2, "seen", 3, "seen")))
                .isZero();
        assertThat(grade(Map.of())).isZero();
    }

    @Test
    void unknownItemsOrCategoriesAreRejected() {
        assertThatThrownBy(() -> grade(Map.of(4, "seen")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("item 4 does not exist (items are numbered 0 to 3)");
        assertThatThrownBy(() -> grade(Map.of(-1, "seen"))).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> grade(Map.of(0, "opinion")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("'opinion' is not a category id (seen, inferred)");
        Map<Integer, String> nullCategory = new HashMap<>();
        nullCategory.put(0, null);
        assertThatThrownBy(() -> grade(nullCategory)).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> grade(null)).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void keyTextGroupsItemsByCategory() {
        assertThat(CategorizeGrading.keyText(question))
                .isEqualTo("What they point to: Ads circulate, Media is censored; "
                        + "What they conclude: Authorities know, Tacit approval");
    }
}
