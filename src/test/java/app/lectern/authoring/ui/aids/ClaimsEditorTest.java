package app.lectern.authoring.ui.aids;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Claim;
import app.lectern.content.ClaimResponse;
import app.lectern.content.ClaimStatus;
import app.lectern.content.Evidence;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A teacher edits the claim ledger: parties, status, evidence, responses, and problems at their fields. */
class ClaimsEditorTest extends AidEditorTestSupport {

    private static final Map<String, String> SECTIONS = Map.of("accusations", "Accusations");

    private static final Claim FIGHTERS = new Claim(
            "captured-fighters",
            "Chinese citizens fight for Russia.",
            "Volodymyr Zelensky",
            ClaimStatus.ALLEGED,
            "2025-04",
            new Evidence("accusations", "two Chinese citizens"),
            List.of(new ClaimResponse("China's government", ClaimStatus.DENIED, "Baseless.")),
            List.of("who-says"));

    @Test
    void aClaimIsWrittenWithItsEvidenceAndAResponse() {
        ClaimsEditor editor = attach(new ClaimsEditor(List.of(), SECTIONS));

        click("Add a claim");
        field(TextField.class, "Who claims it", 0).setValue("Officials in Kyiv");
        field(TextArea.class, "The claim", 0).setValue("Over 150 fight.");
        @SuppressWarnings("unchecked")
        Select<ClaimStatus> status = field(Select.class, "Status", 0);
        status.setValue(ClaimStatus.STATED);
        field(TextField.class, "Id", 0).setValue("over-150");
        @SuppressWarnings("unchecked")
        Select<String> section = field(Select.class, "Section of the evidence", 0);
        assertThat(section.getListDataView().getItems()).containsExactly("accusations");
        section.setValue("accusations");
        field(TextArea.class, "Evidence: the exact words of the article", 0).setValue("more than 150");
        click("Add a response");
        field(TextField.class, "Who responds", 0).setValue("Beijing");
        @SuppressWarnings("unchecked")
        Select<ClaimStatus> responseStatus = field(Select.class, "Status of the response", 0);
        responseStatus.setValue(ClaimStatus.DENIED);
        field(TextArea.class, "What they answered", 0).setValue("False.");

        assertThat(editor.value())
                .containsExactly(new Claim(
                        "over-150",
                        "Over 150 fight.",
                        "Officials in Kyiv",
                        ClaimStatus.STATED,
                        null,
                        new Evidence("accusations", "more than 150"),
                        List.of(new ClaimResponse("Beijing", ClaimStatus.DENIED, "False.")),
                        List.of()));
    }

    @Test
    void aClaimReadsBackUnchangedAndAResponseIsRemoved() {
        ClaimsEditor editor = attach(new ClaimsEditor(List.of(FIGHTERS), SECTIONS));
        assertThat(editor.value()).containsExactly(FIGHTERS);

        click("Remove Response 1");

        assertThat(editor.value().getFirst().responses()).isEmpty();
    }

    @Test
    void problemsShowAtTheQuoteTheStatusAndTheResponseTheyName() {
        ClaimsEditor editor = attach(new ClaimsEditor(List.of(FIGHTERS), SECTIONS));

        editor.setProblems(
                List.of(
                        problem(
                                "claims[0].evidence.quote",
                                "'two Chinese citizens' does not occur in section accusations"),
                        problem("claims[0].responses[0].text", "must not be blank"),
                        problem("claims[0].status", "must not be null")),
                "claims");

        assertThat(field(TextArea.class, "Evidence: the exact words of the article", 0)
                        .getErrorMessage())
                .contains("does not occur");
        assertThat(field(TextArea.class, "What they answered", 0).getErrorMessage())
                .isEqualTo("must not be blank");
        assertThat(field(Select.class, "Status", 0).isInvalid()).isTrue();
        assertThat(field(TextField.class, "Who claims it", 0).isInvalid()).isFalse();
        assertThat(field(TextArea.class, "The claim", 0).isInvalid()).isFalse();
    }
}
