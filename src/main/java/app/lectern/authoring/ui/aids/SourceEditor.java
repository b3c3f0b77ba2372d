package app.lectern.authoring.ui.aids;

import app.lectern.content.Source;
import app.lectern.content.load.ContentProblem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits a module's attribution ({@code source}): the article's title, author, affiliation, publisher, date, licence
 * and link. Author, publisher and date are required, as the module's format requires them; the path of the article's
 * text file (read only by the linter) is kept as it was.
 */
public class SourceEditor extends Composite<Section> {

    private final TextField title = Fields.text(getTranslation("aids.source.title"), 300, false);
    private final TextField author = Fields.text(getTranslation("aids.source.author"), 200, true);
    private final TextField affiliation = Fields.text(getTranslation("aids.source.affiliation"), 300, false);
    private final TextField publisher = Fields.text(getTranslation("aids.source.publisher"), 200, true);
    private final TextField published = Fields.text(getTranslation("aids.source.published"), 10, true);
    private final TextField license = Fields.text(getTranslation("aids.source.license"), 100, false);
    private final TextField url = Fields.text(getTranslation("aids.source.url"), 2000, false);
    private final Checkbox original = new Checkbox(getTranslation("aids.source.original"));
    private final Paragraph problem = new Paragraph();
    private final List<SerializableRunnable> listeners = new ArrayList<>();
    private String textFile;

    /** An editor holding this attribution ({@code null}: an empty form). */
    public SourceEditor(Source value) {
        Section root = getContent();
        root.addClassNames("aid-editor", "aid-source");
        H2 heading = new H2(getTranslation("aids.source.heading"));
        heading.setId("aid-source-heading");
        root.getElement().setAttribute("aria-labelledby", "aid-source-heading");
        Paragraph why = new Paragraph(getTranslation("aids.source.why"));
        why.addClassName("aid-why");
        published.setHelperText(getTranslation("aids.date.help"));
        url.setHelperText(getTranslation("aids.source.url.help"));
        license.setHelperText(getTranslation("aids.source.license.help"));
        problem.addClassName("aid-problem");
        problem.setVisible(false);
        Div fields = new Div(title, author, affiliation, publisher, published, license, url, original);
        fields.addClassName("aid-fields");
        root.add(heading, why, problem, fields);
        for (TextField f : List.of(title, author, affiliation, publisher, published, license, url)) {
            f.addValueChangeListener(e -> listeners.forEach(SerializableRunnable::run));
        }
        original.addValueChangeListener(e -> listeners.forEach(SerializableRunnable::run));
        setValue(value);
    }

    /** Fills the form. */
    public void setValue(Source value) {
        Source v = value == null ? new Source(null, null, null, null, null, null) : value;
        title.setValue(Fields.orEmpty(v.title()));
        author.setValue(Fields.orEmpty(v.author()));
        affiliation.setValue(Fields.orEmpty(v.affiliation()));
        publisher.setValue(Fields.orEmpty(v.publisher()));
        published.setValue(Fields.orEmpty(v.published()));
        license.setValue(Fields.orEmpty(v.license()));
        url.setValue(Fields.orEmpty(v.url()));
        original.setValue(v.isOriginal());
        textFile = v.textFile();
    }

    /** The attribution the form holds; blank fields are {@code null}. */
    public Source value() {
        return new Source(
                Fields.value(title.getValue()),
                Fields.value(author.getValue()),
                Fields.value(affiliation.getValue()),
                Fields.value(publisher.getValue()),
                Fields.value(published.getValue()),
                Fields.value(url.getValue()),
                Fields.value(license.getValue()),
                textFile,
                original.getValue() ? Boolean.TRUE : null);
    }

    /** Runs after every change of a field. */
    public Registration addChangeListener(SerializableRunnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Shows the validator's problems of the attribution at their fields; replaces those shown before.
     *
     * @param prefix the attribution's path in the module: {@code source}
     */
    public void setProblems(List<ContentProblem> problems, String prefix) {
        Map<String, String> all = Problems.under(problems, prefix);
        Map<String, String> own = new java.util.LinkedHashMap<>();
        all.forEach((path, message) -> own.put(path.startsWith(".") ? path.substring(1) : path, message));
        List<String> placed = new ArrayList<>();
        Fields.problem(title, Problems.of(own, "title", placed));
        Fields.problem(author, Problems.of(own, "author", placed));
        Fields.problem(affiliation, Problems.of(own, "affiliation", placed));
        Fields.problem(publisher, Problems.of(own, "publisher", placed));
        Fields.problem(published, Problems.of(own, "published", placed));
        Fields.problem(license, Problems.of(own, "license", placed));
        Fields.problem(url, Problems.of(own, "url", placed));
        List<String> rest = own.entrySet().stream()
                .filter(e -> !placed.contains(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : e.getKey() + ": " + e.getValue())
                .toList();
        problem.setText(String.join("; ", rest));
        problem.setVisible(!rest.isEmpty());
    }
}
