package app.lectern.authoring.ui.aids;

import app.lectern.content.GlossaryEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** Edits a module's glossary (key terms): term, definition and the questions an entry would answer. */
public class GlossaryEditor extends EntryList<GlossaryEntry> {

    /** Most entries a module's glossary may have. */
    public static final int MAX = 200;

    /** An editor holding these entries. */
    public GlossaryEditor(List<GlossaryEntry> value) {
        super("glossary", MAX);
        setValue(value);
    }

    @Override
    protected Entry<GlossaryEntry> entry(GlossaryEntry value) {
        TextField term = Fields.text(getTranslation("aids.glossary.term"), 80, true);
        TextArea definition = Fields.area(getTranslation("aids.glossary.definition"), 1000, true);
        TextField answers = Fields.text(getTranslation("aids.answers"), 2000, false);
        answers.setHelperText(getTranslation("aids.answers.help"));
        if (value != null) {
            term.setValue(Fields.orEmpty(value.term()));
            definition.setValue(Fields.orEmpty(value.definition()));
            answers.setValue(Fields.ids(value.answers()));
        }
        for (var f : List.of(term, answers)) {
            f.addValueChangeListener(e -> changed());
        }
        definition.addValueChangeListener(e -> changed());
        Div fields = new Div(term, definition, answers);
        fields.addClassName("aid-fields");
        return new Entry<>() {
            @Override
            public Component fields() {
                return fields;
            }

            @Override
            public GlossaryEntry value() {
                return new GlossaryEntry(
                        Fields.value(term.getValue()),
                        Fields.value(definition.getValue()),
                        Fields.ids(answers.getValue()));
            }

            @Override
            public void problems(Map<String, String> problems, List<String> placed) {
                Fields.problem(term, Problems.of(problems, "term", placed));
                Fields.problem(definition, Problems.of(problems, "definition", placed));
                Fields.problem(answers, Problems.of(problems, "answers", placed));
            }

            @Override
            public void focus() {
                term.focus();
            }
        };
    }
}
