package app.lectern.question.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;
import static app.lectern.question.ui.EditorText.t;

import app.lectern.content.Evidence;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A question's evidence: the section it stands in (the question's own by default) and the exact words, picked by
 * selecting them in the section's text or typed; both ways are checked as the validator checks them.
 */
public final class EvidenceFields extends Details {

    private final EditorContext context;
    private final Runnable onChange;
    private final Select<String> section = new Select<>();
    private final TextArea quote = new TextArea();
    private final SectionTextPicker picker;
    private boolean loading;

    EvidenceFields(EditorContext context, Runnable onChange) {
        this.context = context;
        this.onChange = onChange;
        setSummaryText(t("editor.evidence"));
        addClassName("lectern-editor-evidence");
        section.setLabel(t("editor.evidence.section"));
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(t("editor.evidence.section.own", context.sectionId()));
        section.setItemLabelGenerator(id -> id == null ? t("editor.evidence.section.own", context.sectionId()) : id);
        setSections(null);
        quote.setLabel(t("editor.evidence.quote"));
        quote.setHelperText(t("editor.evidence.quote.help"));
        quote.setMaxLength(Evidence.MAX_QUOTE);
        quote.setWidthFull();
        picker = new SectionTextPicker(
                t("editor.evidence.text"), t("editor.evidence.use"), this::problemWith, picked -> {
                    quote.setValue(picked);
                    quote.setInvalid(false);
                });
        picker.showText(context.sectionText());
        section.addValueChangeListener(e -> {
            picker.showText(context.sectionText(e.getValue()));
            if (!loading) {
                recheck();
                onChange.run();
            }
        });
        quote.addValueChangeListener(e -> {
            if (!loading) {
                recheck();
                onChange.run();
            }
        });
        Div body = new Div(section, picker, quote);
        body.addClassName("lectern-editor-evidence-body");
        add(body);
    }

    private void setSections(String extra) {
        List<String> ids = new ArrayList<>(context.sectionTexts().keySet());
        if (extra != null && !ids.contains(extra)) {
            ids.add(extra); // a section the module does not have: kept, so that nothing is lost; the validator says so
        }
        section.setItems(ids);
    }

    /** Why a quote cannot be evidence in the chosen section; empty when it can. */
    Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String id = section.getValue() == null ? context.sectionId() : section.getValue();
        if (!Evidence.quoteIn(context.sectionText(section.getValue()), text)) {
            return Optional.of(t("editor.evidence.notfound", id));
        }
        return Optional.empty();
    }

    private void recheck() {
        Optional<String> problem = problemWith(quote.getValue());
        quote.setErrorMessage(problem.orElse(null));
        quote.setInvalid(problem.isPresent());
    }

    void setValue(Evidence evidence) {
        loading = true;
        try {
            String sectionId = evidence == null ? null : evidence.section();
            setSections(sectionId);
            section.setValue(sectionId);
            quote.setValue(orEmpty(evidence == null ? null : evidence.quote()));
            quote.setInvalid(false);
            setOpened(evidence != null);
        } finally {
            loading = false;
        }
    }

    Evidence value() {
        String q = orNull(quote.getValue());
        if (q == null && section.getValue() == null) {
            return null;
        }
        return new Evidence(section.getValue(), q);
    }

    void problemTargets(ProblemTargets targets) {
        Consumer<String> onQuote = revealing(quote);
        targets.custom("evidence", onQuote)
                .custom("evidence.quote", onQuote)
                .custom("evidence.section", revealing(section));
    }

    private Consumer<String> revealing(HasValidation field) {
        return message -> {
            field.setErrorMessage(message);
            field.setInvalid(message != null);
            if (message != null) {
                setOpened(true);
            }
        };
    }

    /** The picker of the evidence's words (for tests: what the browser's selection would send). */
    public SectionTextPicker picker() {
        return picker;
    }

    /** The quote field. */
    public TextArea quote() {
        return quote;
    }
}
