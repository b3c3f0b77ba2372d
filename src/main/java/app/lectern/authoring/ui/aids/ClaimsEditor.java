package app.lectern.authoring.ui.aids;

import app.lectern.content.Claim;
import app.lectern.content.ClaimResponse;
import app.lectern.content.ClaimStatus;
import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits a module's claim ledger: who claims what, how settled it is, the words of the article it rests on, what
 * others answered, and the questions an entry would answer.
 */
public class ClaimsEditor extends EntryList<Claim> {

    /** Most responses to one claim. */
    public static final int MAX_RESPONSES = 20;

    private final Map<String, String> sections;

    /**
     * An editor holding these claims.
     *
     * @param sections the module's sections, id → title, in reading order: where a claim's evidence may stand
     */
    public ClaimsEditor(List<Claim> value, Map<String, String> sections) {
        super("claims", LearningModule.MAX_CLAIMS);
        this.sections = new LinkedHashMap<>(sections);
        setValue(value);
    }

    private Select<ClaimStatus> status(String label) {
        Select<ClaimStatus> status = new Select<>();
        status.setLabel(label);
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("aids.status." + s.key()));
        status.setPlaceholder(getTranslation("aids.claims.status.choose"));
        status.setRequiredIndicatorVisible(true);
        status.setManualValidation(true);
        status.setWidthFull();
        return status;
    }

    @Override
    protected Entry<Claim> entry(Claim value) {
        TextField by = Fields.text(getTranslation("aids.claims.by"), 200, true);
        TextArea text = Fields.area(getTranslation("aids.claims.text"), 1000, true);
        Select<ClaimStatus> status = status(getTranslation("aids.claims.status"));
        TextField id = Fields.text(getTranslation("aids.claims.id"), 64, true);
        id.setHelperText(getTranslation("aids.claims.id.help"));
        TextField date = Fields.text(getTranslation("aids.claims.date"), 10, false);
        date.setHelperText(getTranslation("aids.date.help"));
        Select<String> section = new Select<>();
        section.setLabel(getTranslation("aids.claims.section"));
        section.setRequiredIndicatorVisible(true);
        section.setManualValidation(true);
        section.setPlaceholder(getTranslation("aids.claims.section.choose"));
        section.setWidthFull();
        List<String> ids = new ArrayList<>(sections.keySet());
        if (value != null
                && value.evidence() != null
                && value.evidence().section() != null
                && !ids.contains(value.evidence().section())) {
            ids.add(value.evidence().section());
        }
        section.setItems(ids);
        section.setItemLabelGenerator(s -> sections.getOrDefault(s, s));
        TextArea quote = Fields.area(getTranslation("aids.claims.quote"), 1000, true);
        quote.setHelperText(getTranslation("aids.claims.quote.help"));
        TextField answers = Fields.text(getTranslation("aids.answers"), 2000, false);
        answers.setHelperText(getTranslation("aids.answers.help"));

        Div responseList = new Div();
        responseList.addClassName("aid-responses");
        List<Response> responses = new ArrayList<>();
        Button addResponse = new Button(getTranslation("aids.claims.response.add"));
        addResponse.addThemeVariants(ButtonVariant.LUMO_SMALL);

        if (value != null) {
            by.setValue(Fields.orEmpty(value.by()));
            text.setValue(Fields.orEmpty(value.text()));
            status.setValue(value.status());
            id.setValue(Fields.orEmpty(value.id()));
            date.setValue(Fields.orEmpty(value.date()));
            if (value.evidence() != null) {
                section.setValue(value.evidence().section());
                quote.setValue(Fields.orEmpty(value.evidence().quote()));
            }
            answers.setValue(Fields.ids(value.answers()));
            value.responses().forEach(r -> responses.add(new Response(r)));
        }
        for (var f : List.of(by, id, date, answers)) {
            f.addValueChangeListener(e -> changed());
        }
        text.addValueChangeListener(e -> changed());
        quote.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        section.addValueChangeListener(e -> changed());

        Runnable[] layout = new Runnable[1];
        layout[0] = () -> {
            responseList.removeAll();
            for (int i = 0; i < responses.size(); i++) {
                Response r = responses.get(i);
                int index = i;
                String name = getTranslation("aids.claims.response", i + 1);
                H5 heading = new H5(name);
                Button remove = new Button(getTranslation("aids.remove"), e -> {
                    responses.remove(index);
                    layout[0].run();
                    addResponse.focus();
                    changed();
                });
                remove.setAriaLabel(getTranslation("aids.remove.label", name));
                remove.addThemeVariants(
                        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                Div box = new Div(heading, r.by, r.status, r.text, remove);
                box.addClassNames("aid-response", "aid-fields");
                responseList.add(box);
            }
            addResponse.setEnabled(responses.size() < MAX_RESPONSES);
        };
        addResponse.addClickListener(e -> {
            Response r = new Response(null);
            responses.add(r);
            layout[0].run();
            r.by.focus();
            changed();
        });
        layout[0].run();

        Div evidence = new Div(section, quote);
        evidence.addClassNames("aid-fields", "aid-evidence");
        Div fields = new Div(by, text, status, date, id, evidence, answers, responseList, addResponse);
        fields.addClassName("aid-fields");
        return new Entry<>() {
            @Override
            public Component fields() {
                return fields;
            }

            @Override
            public Claim value() {
                return new Claim(
                        Fields.value(id.getValue()),
                        Fields.value(text.getValue()),
                        Fields.value(by.getValue()),
                        status.getValue(),
                        Fields.value(date.getValue()),
                        new Evidence(section.getValue(), Fields.value(quote.getValue())),
                        responses.stream().map(Response::value).toList(),
                        Fields.ids(answers.getValue()));
            }

            @Override
            public void problems(Map<String, String> problems, List<String> placed) {
                Fields.problem(id, Problems.of(problems, "id", placed));
                Fields.problem(text, Problems.of(problems, "text", placed));
                Fields.problem(by, Problems.of(problems, "by", placed));
                Fields.problem(status, Problems.of(problems, "status", placed));
                Fields.problem(date, Problems.of(problems, "date", placed));
                Fields.problem(section, Problems.of(problems, "evidence.section", placed));
                Fields.problem(
                        quote,
                        Problems.join(
                                Problems.exact(problems, "evidence", placed),
                                Problems.of(problems, "evidence.quote", placed)));
                Fields.problem(answers, Problems.of(problems, "answers", placed));
                for (int i = 0; i < responses.size(); i++) {
                    Response r = responses.get(i);
                    String head = "responses[" + i + "]";
                    Fields.problem(r.by, Problems.of(problems, head + ".by", placed));
                    Fields.problem(r.status, Problems.of(problems, head + ".status", placed));
                    Fields.problem(r.text, Problems.of(problems, head + ".text", placed));
                }
            }

            @Override
            public void focus() {
                by.focus();
            }
        };
    }

    /** The fields of one response to a claim. */
    private final class Response {
        final TextField by = Fields.text(getTranslation("aids.claims.response.by"), 200, true);
        final Select<ClaimStatus> status = status(getTranslation("aids.claims.response.status"));
        final TextArea text = Fields.area(getTranslation("aids.claims.response.text"), 1000, true);

        Response(ClaimResponse value) {
            if (value != null) {
                by.setValue(Fields.orEmpty(value.by()));
                status.setValue(value.status());
                text.setValue(Fields.orEmpty(value.text()));
            }
            by.addValueChangeListener(e -> changed());
            status.addValueChangeListener(e -> changed());
            text.addValueChangeListener(e -> changed());
        }

        ClaimResponse value() {
            return new ClaimResponse(Fields.value(by.getValue()), status.getValue(), Fields.value(text.getValue()));
        }
    }
}
