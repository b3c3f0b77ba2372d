package app.lectern.question.highlight.ui;

import static app.lectern.question.ui.InputFixtures.CONCERNS_SENTENCES;
import static app.lectern.question.ui.InputFixtures.HIGHLIGHT;
import static app.lectern.question.ui.InputFixtures.MODULE;
import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.highlight.HighlightAnswer;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.ui.InputTestSupport;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class HighlightInputTest extends InputTestSupport {

    private HighlightInput input;
    private CheckboxGroup<String> group;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void attachInput() {
        input = attach(new HighlightInput(HIGHLIGHT, MODULE, PROMPT_ID));
        group = $(CheckboxGroup.class, input.component()).single();
    }

    @Test
    void offersEverySentenceOfTheQuestionsSectionInReadingOrder() {
        assertThat(group.getElement().getChildren().map(e -> e.getProperty("label")))
                .containsExactlyElementsOf(CONCERNS_SENTENCES);
    }

    @Test
    void offersTheSentencesOfTheNamedSection() {
        HighlightQuestion elsewhere = new HighlightQuestion(HIGHLIGHT.base(), "everything", List.of("Text."), null);

        assertThat(HighlightInput.sentences(elsewhere, MODULE)).containsExactly("Text.");
    }

    @Test
    void isAnsweredWithThePickedSentences() {
        assertThat(input.answer()).isEmpty();

        test(group).selectItems(CONCERNS_SENTENCES.get(1), CONCERNS_SENTENCES.get(2));

        assertThat(input.answer())
                .contains(new HighlightAnswer(Set.of(CONCERNS_SENTENCES.get(1), CONCERNS_SENTENCES.get(2))));
    }

    @Test
    void restoresAStoredAnswer() {
        input.restore(new HighlightAnswer(Set.of(CONCERNS_SENTENCES.getFirst())));

        assertThat(test(group).getSelected()).containsExactly(CONCERNS_SENTENCES.getFirst());
    }

    @Test
    void keysTheServerNeverSentAreNoAnswer() {
        ArrayNode forged = JacksonUtils.createArrayNode();
        forged.add("999");

        fromBrowser(group, "value", forged);

        assertThat(input.answer())
                .as("no answer, so Check asks for one and nothing is stored")
                .isEmpty();
    }
}
