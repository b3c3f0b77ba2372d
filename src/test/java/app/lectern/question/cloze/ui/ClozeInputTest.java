package app.lectern.question.cloze.ui;

import static app.lectern.question.ui.InputFixtures.CLOZE;
import static app.lectern.question.ui.InputFixtures.CLOZE_BANK;
import static app.lectern.question.ui.InputFixtures.CLOZE_BANK_SECRETS;
import static app.lectern.question.ui.InputFixtures.CLOZE_SECRETS;
import static app.lectern.question.ui.InputFixtures.MODULE;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeInputTest extends InputTestSupport {

    private static final long SEED = 20_240_601L;

    private TextField blank(ClozeInput input, String label) {
        return $(TextField.class, input.component()).withAriaLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private Select<String> choice(ClozeInput input, String label) {
        return $(Select.class, input.component()).withAriaLabel(label).single();
    }

    @Test
    void showsTheTextWithALabelledFieldInEachBlank() {
        ClozeInput input = attach(new ClozeInput(CLOZE, MODULE, PROMPT_ID, SEED));

        assertThat(input.component().getElement().getTextRecursively())
                .contains("Beijing called the claims ", " and urged ", " to stop.");
        assertThat($(TextField.class, input.component()).all()).hasSize(2);
        assertThat(blank(input, "Blank 1 of 2").getMaxLength()).isEqualTo(200);
    }

    @Test
    void isAnsweredWhenEveryBlankIsFilled() {
        ClozeInput input = attach(new ClozeInput(CLOZE, MODULE, PROMPT_ID, SEED));
        assertThat(input.answer()).isEmpty();

        test(blank(input, "Blank 1 of 2")).setValue("unfounded ");
        assertThat(input.answer()).isEmpty();
        test(blank(input, "Blank 2 of 2")).setValue("Kyiv");

        assertThat(input.answer()).contains(new ClozeAnswer(List.of("unfounded", "Kyiv")));
    }

    @Test
    void restoresAStoredAnswer() {
        ClozeInput input = attach(new ClozeInput(CLOZE, MODULE, PROMPT_ID, SEED));

        input.restore(new ClozeAnswer(List.of("a", "b")));

        assertThat(blank(input, "Blank 2 of 2").getValue()).isEqualTo("b");
        assertThat(input.answer()).contains(new ClozeAnswer(List.of("a", "b")));
    }

    @Test
    void sendsNoBlankAnswerToTheBrowser() {
        ClozeInput input = attach(new ClozeInput(CLOZE, MODULE, PROMPT_ID, SEED));
        test(blank(input, "Blank 1 of 2")).setValue("unfounded");

        assertNoLeak(input, CLOZE_SECRETS);
    }

    @Test
    void withABankOffersTheBankWordsInEachBlankAndShowsTheBank() {
        ClozeInput input = attach(new ClozeInput(CLOZE_BANK, MODULE, PROMPT_ID, SEED));
        List<String> bank = List.of("baseless", "Kyiv", "proven", "Moscow");

        assertThat(test(choice(input, "Blank 1 of 2")).getSuggestions()).containsExactlyInAnyOrderElementsOf(bank);
        assertThat($(ListItem.class, input.component()).all())
                .extracting(ListItem::getText)
                .containsExactlyInAnyOrderElementsOf(bank);
        assertThat(input.answer()).isEmpty();

        test(choice(input, "Blank 1 of 2")).selectItem("proven");
        test(choice(input, "Blank 2 of 2")).selectItem("Kyiv");

        assertThat(input.answer()).contains(new ClozeAnswer(List.of("proven", "Kyiv")));
    }

    @Test
    void withABankRestoresAStoredAnswerAndHidesTheAlternatives() {
        ClozeInput input = attach(new ClozeInput(CLOZE_BANK, MODULE, PROMPT_ID, SEED));

        input.restore(new ClozeAnswer(List.of("Moscow", "baseless")));

        assertThat(choice(input, "Blank 1 of 2").getValue()).isEqualTo("Moscow");
        assertThat(input.answer()).contains(new ClozeAnswer(List.of("Moscow", "baseless")));
        assertNoLeak(input, CLOZE_BANK_SECRETS);
    }
}
