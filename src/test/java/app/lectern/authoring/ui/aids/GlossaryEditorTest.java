package app.lectern.authoring.ui.aids;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.GlossaryEntry;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A teacher edits the key terms: fields, add, remove, move, and problems at the field they name. */
class GlossaryEditorTest extends AidEditorTestSupport {

    private static final List<GlossaryEntry> TWO = List.of(
            new GlossaryEntry("tacit", "Shown without words.", List.of("tacit-meaning")),
            new GlossaryEntry("dual-use", "For civilian and military ends."));

    @Test
    void editingAFieldChangesTheValue() {
        GlossaryEditor editor = attach(new GlossaryEditor(TWO));
        int[] changes = {0};
        editor.addChangeListener(() -> changes[0]++);

        field(TextArea.class, "Definition", 1).setValue("Usable in peace and war.");
        field(TextField.class, "Questions it would answer", 1).setValue(" q-one,q-two  q-three ");
        field(TextField.class, "Term", 0).setValue("  ");

        assertThat(editor.value())
                .containsExactly(
                        new GlossaryEntry(null, "Shown without words.", List.of("tacit-meaning")),
                        new GlossaryEntry(
                                "dual-use", "Usable in peace and war.", List.of("q-one", "q-two", "q-three")));
        assertThat(changes[0]).isEqualTo(3);
    }

    @Test
    void entriesAreAddedMovedAndRemovedByNamedButtons() {
        GlossaryEditor editor = attach(new GlossaryEditor(TWO));

        click("Add a term");
        field(TextField.class, "Term", 2).setValue("sanction");
        field(TextArea.class, "Definition", 2).setValue("A penalty.");
        click("Move Term 3 up");
        click("Remove Term 1");

        assertThat(editor.value())
                .containsExactly(
                        new GlossaryEntry("sanction", "A penalty."),
                        new GlossaryEntry("dual-use", "For civilian and military ends."));
    }

    @Test
    void aProblemShowsAtTheFieldItsPathNames() {
        GlossaryEditor editor = attach(new GlossaryEditor(TWO));

        editor.setProblems(
                List.of(
                        problem("glossary[1].definition", "must not be blank"),
                        problem("glossary[0].answers[0]", "'nope' is not a question of the module"),
                        problem("sections[0].title", "must not be blank"),
                        problem("glossary", "size must be between 0 and 200")),
                "glossary");

        TextArea second = field(TextArea.class, "Definition", 1);
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("must not be blank");
        assertThat(field(TextArea.class, "Definition", 0).isInvalid()).isFalse();
        assertThat(field(TextField.class, "Questions it would answer", 0).getErrorMessage())
                .isEqualTo("'nope' is not a question of the module");
        assertThat($(Paragraph.class).withClassName("aid-problem").all())
                .filteredOn(Paragraph::isVisible)
                .extracting(Paragraph::getText)
                .containsExactly("size must be between 0 and 200");

        editor.setProblems(List.of(), "glossary");
        assertThat(second.isInvalid()).isFalse();
    }
}
