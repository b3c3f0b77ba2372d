package app.lectern.authoring.ui.aids;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Source;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A teacher fills in the attribution: required fields marked, value as typed, problems at their fields. */
class SourceEditorTest extends AidEditorTestSupport {

    @Test
    void theFormGivesTheAttributionAsTypedAndKeepsTheTextFile() {
        Source before = new Source("Old", "A", null, "P", "2024", null, null, "article.txt", null);
        SourceEditor editor = attach(new SourceEditor(before));

        field(TextField.class, "Title of the article", 0).setValue("China’s role");
        field(TextField.class, "Author", 0).setValue("Katherine Spencer");
        field(TextField.class, "Publisher", 0).setValue("Atlantic Council");
        field(TextField.class, "Published", 0).setValue("2025-03");
        field(TextField.class, "Link to the original", 0).setValue("https://example.org/a");
        field(TextField.class, "Licence of your text", 0).setValue("CC BY-SA 4.0");
        $(Checkbox.class).single().setValue(true);

        assertThat(editor.value())
                .isEqualTo(new Source(
                        "China’s role",
                        "Katherine Spencer",
                        null,
                        "Atlantic Council",
                        "2025-03",
                        "https://example.org/a",
                        "CC BY-SA 4.0",
                        "article.txt",
                        true));
    }

    @Test
    void whatTheValidatorRequiresIsMarkedRequiredAndItsWhyIsSaid() {
        attach(new SourceEditor(null));

        assertThat(field(TextField.class, "Author", 0).isRequiredIndicatorVisible())
                .isTrue();
        assertThat(field(TextField.class, "Publisher", 0).isRequiredIndicatorVisible())
                .isTrue();
        assertThat(field(TextField.class, "Published", 0).isRequiredIndicatorVisible())
                .isTrue();
        assertThat(field(TextField.class, "Title of the article", 0).isRequiredIndicatorVisible())
                .isFalse();
        assertThat($(Paragraph.class).withClassName("aid-why").single().getText())
                .contains("judge the source");
    }

    @Test
    void problemsShowAtTheFieldTheyName() {
        SourceEditor editor = attach(new SourceEditor(null));

        editor.setProblems(
                List.of(
                        problem("source.author", "must not be blank"),
                        problem("source.url", "must be an http(s) URL"),
                        problem("source.text-file", "must be a file path on one line")),
                "source");

        assertThat(field(TextField.class, "Author", 0).getErrorMessage()).isEqualTo("must not be blank");
        assertThat(field(TextField.class, "Link to the original", 0).getErrorMessage())
                .isEqualTo("must be an http(s) URL");
        assertThat(field(TextField.class, "Publisher", 0).isInvalid()).isFalse();
        assertThat($(Paragraph.class).withClassName("aid-problem").single().getText())
                .isEqualTo("text-file: must be a file path on one line");
    }
}
