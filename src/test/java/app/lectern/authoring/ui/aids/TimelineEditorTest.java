package app.lectern.authoring.ui.aids;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.TimelineEvent;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A teacher edits the timeline: dates, events, order, and problems at their fields. */
class TimelineEditorTest extends AidEditorTestSupport {

    @Test
    void eventsAreEditedAddedAndMoved() {
        TimelineEditor editor = attach(new TimelineEditor(List.of(new TimelineEvent("2022-02", "Invasion begins"))));

        click("Add an event");
        field(TextField.class, "Date", 1).setValue("2014");
        field(TextArea.class, "What happened", 1).setValue("Crimea annexed");
        field(TextField.class, "Questions it would answer", 1).setValue("events-order");
        click("Move Event 2 up");

        assertThat(editor.value())
                .containsExactly(
                        new TimelineEvent("2014", "Crimea annexed", List.of("events-order")),
                        new TimelineEvent("2022-02", "Invasion begins"));
    }

    @Test
    void aBadDateIsShownAtItsDateField() {
        TimelineEditor editor = attach(
                new TimelineEditor(List.of(new TimelineEvent("2022", "One"), new TimelineEvent("Feb 2022", "Two"))));

        editor.setProblems(List.of(problem("timeline[1].date", "must be YYYY, YYYY-MM or YYYY-MM-DD")), "timeline");

        assertThat(field(TextField.class, "Date", 1).getErrorMessage())
                .isEqualTo("must be YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(field(TextField.class, "Date", 0).isInvalid()).isFalse();
        assertThat(field(TextArea.class, "What happened", 1).isInvalid()).isFalse();
    }
}
