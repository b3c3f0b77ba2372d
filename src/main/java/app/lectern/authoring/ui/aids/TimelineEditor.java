package app.lectern.authoring.ui.aids;

import app.lectern.content.TimelineEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** Edits a module's timeline: each event's date, what happened and the questions it would answer. */
public class TimelineEditor extends EntryList<TimelineEvent> {

    /** Most events a module's timeline may have. */
    public static final int MAX = 200;

    /** An editor holding these events. */
    public TimelineEditor(List<TimelineEvent> value) {
        super("timeline", MAX);
        setValue(value);
    }

    @Override
    protected Entry<TimelineEvent> entry(TimelineEvent value) {
        TextField date = Fields.text(getTranslation("aids.date"), 10, true);
        date.setHelperText(getTranslation("aids.date.help"));
        date.addClassName("aid-narrow");
        TextArea event = Fields.area(getTranslation("aids.timeline.event"), 500, true);
        TextField answers = Fields.text(getTranslation("aids.answers"), 2000, false);
        answers.setHelperText(getTranslation("aids.answers.help"));
        if (value != null) {
            date.setValue(Fields.orEmpty(value.date()));
            event.setValue(Fields.orEmpty(value.event()));
            answers.setValue(Fields.ids(value.answers()));
        }
        date.addValueChangeListener(e -> changed());
        event.addValueChangeListener(e -> changed());
        answers.addValueChangeListener(e -> changed());
        Div fields = new Div(date, event, answers);
        fields.addClassName("aid-fields");
        return new Entry<>() {
            @Override
            public Component fields() {
                return fields;
            }

            @Override
            public TimelineEvent value() {
                return new TimelineEvent(
                        Fields.value(date.getValue()), Fields.value(event.getValue()), Fields.ids(answers.getValue()));
            }

            @Override
            public void problems(Map<String, String> problems, List<String> placed) {
                Fields.problem(date, Problems.of(problems, "date", placed));
                Fields.problem(event, Problems.of(problems, "event", placed));
                Fields.problem(answers, Problems.of(problems, "answers", placed));
            }

            @Override
            public void focus() {
                date.focus();
            }
        };
    }
}
