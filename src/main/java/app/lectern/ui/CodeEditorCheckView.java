package app.lectern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * A page for checking {@link CodeEditor} in a real browser (the Playwright test and screenshots): some YAML, the
 * line count the server received, a tab marked as an error and every {@code TODO} as a warning. It answers "not
 * found" unless the server was started with {@code --lectern.ui-checks=true}.
 *
 * <p>It is in the main code, not the tests, because the frontend bundle is built from the main classes only: a route
 * in the tests would have no script for the editor in the packaged jar the browser tests run.
 */
@Route(value = CodeEditorCheckView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class CodeEditorCheckView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The address. */
    public static final String ROUTE = "ui-check/code-editor";

    /** The setting that makes the page answer. */
    public static final String ENABLED = "lectern.ui-checks";

    /** The text the page opens with: the start of a module, with one {@code TODO} on line 4. */
    public static final String SAMPLE = """
            id: sample-module
            version: 1
            title: A sample module
            summary: TODO write a summary
            language: en
            sections:
              - id: first
                title: The first section
                text: |
                  A paragraph of the article.
            """;

    private final boolean enabled;
    private final CodeEditor editor = new CodeEditor("module.yaml");
    private final Paragraph lines = new Paragraph();

    /** @param environment where {@value #ENABLED} is read */
    public CodeEditorCheckView(Environment environment) {
        this.enabled = environment.getProperty(ENABLED, Boolean.class, false);
        addClassName("lectern-page");
        lines.setId("code-check-lines");
        editor.setId("code-check-editor");
        editor.setValue(SAMPLE);
        editor.setDiagnostics(check(SAMPLE));
        showLines(SAMPLE);
        editor.addValueChangeListener(e -> {
            showLines(e.getValue());
            editor.setDiagnostics(check(e.getValue()));
        });
        NativeButton readOnly = new NativeButton("Read-only", e -> editor.setReadOnly(!editor.isReadOnly()));
        readOnly.setId("code-check-read-only");
        add(new H1("Code editor"), editor, lines, new Paragraph(readOnly));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!enabled) {
            NotFoundView.reroute(event, getTranslation("notfound.page"));
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, "Code editor");
    }

    private void showLines(String text) {
        lines.setText("Lines on the server: " + text.lines().count());
    }

    /** A tab is an error (YAML indents with spaces only), a {@code TODO} a warning. */
    static List<CodeEditor.Diagnostic> check(String text) {
        List<CodeEditor.Diagnostic> found = new ArrayList<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                found.add(new CodeEditor.Diagnostic(
                        i + 1, tab + 1, CodeEditor.Severity.ERROR, "YAML is indented with spaces, not tabs"));
            }
            int todo = line.indexOf("TODO");
            if (todo >= 0) {
                found.add(new CodeEditor.Diagnostic(
                        i + 1, todo + 1, CodeEditor.Severity.WARNING, "Something is still to do here"));
            }
        }
        return found;
    }
}
