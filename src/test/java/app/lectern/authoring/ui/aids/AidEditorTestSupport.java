package app.lectern.authoring.ui.aids;

import app.lectern.content.load.ContentProblem;
import app.lectern.i18n.BundleTranslationProvider;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the aid editor tests: a browserless UI whose translations come from the application's bundles (the same
 * small context as the question input tests), so labels read as a teacher sees them.
 */
@ContextConfiguration(classes = BundleTranslationProvider.class)
abstract class AidEditorTestSupport extends SpringBrowserlessTest {

    @Override
    protected Routes discoverRoutes() {
        return discoverRoutes(Set.of(AidEditorTestSupport.class.getPackageName()));
    }

    protected <C extends Component> C attach(C editor) {
        UI.getCurrent().add(editor);
        return editor;
    }

    /** The fields of a kind with this label, in the order they appear. */
    protected <F extends Component & HasLabel> List<F> fields(Class<F> type, String label) {
        return $(type).all().stream().filter(f -> label.equals(f.getLabel())).toList();
    }

    protected <F extends Component & HasLabel> F field(Class<F> type, String label, int index) {
        List<F> all = fields(type, label);
        if (index >= all.size()) {
            throw new AssertionError("no field " + index + " labelled " + label + " (" + all.size() + " found)");
        }
        return all.get(index);
    }

    /** Clicks the button whose text or accessible name is this. */
    protected void click(String nameOrText) {
        Button button = $(Button.class).all().stream()
                .filter(b -> nameOrText.equals(b.getText())
                        || nameOrText.equals(b.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + nameOrText));
        test(button).click();
    }

    protected static ContentProblem problem(String path, String message) {
        return new ContentProblem("module.yaml", 3, 7, path, message);
    }
}
