package app.lectern.question.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.i18n.BundleTranslationProvider;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the input tests: a browserless Vaadin UI whose translations come from the application's bundles, so
 * that labels read as a learner sees them.
 */
@ContextConfiguration(classes = BundleTranslationProvider.class)
public abstract class InputTestSupport extends SpringBrowserlessTest {

    /** The DOM id the tests give the prompt. */
    protected static final String PROMPT_ID = "prompt-of-question";

    // Inputs are no routes: scanning only this package keeps the application's views (and their services) out.
    @Override
    protected Routes discoverRoutes() {
        return discoverRoutes(Set.of(InputTestSupport.class.getPackageName()));
    }

    /** Puts the input's component into the UI, as the reader does. */
    protected <I extends QuestionInput<?>> I attach(I input) {
        UI.getCurrent().add(input.component());
        return input;
    }

    /** Fails if any of the strings reaches the browser through the input. */
    protected static void assertNoLeak(QuestionInput<?> input, Collection<String> secrets) {
        assertThat(ElementTree.occurrences(input.component(), secrets))
                .as("key strings in the component tree")
                .isEmpty();
    }

    /** Fails unless some element of the input is named by the prompt. */
    protected static void assertLabelledByPrompt(QuestionInput<?> input) {
        assertThat(ElementTree.elements(input.component().getElement()))
                .as("an element labelled by the prompt")
                .anyMatch(InputTestSupport::labelledByPrompt);
    }

    private static boolean labelledByPrompt(Element e) {
        return !e.isTextNode()
                && (PROMPT_ID.equals(e.getAttribute("aria-labelledby"))
                        || PROMPT_ID.equals(e.getProperty("accessibleNameRef")));
    }

    /**
     * Changes a property the way a browser does, through the client-to-server sync path, e.g. to send a value the
     * server never offered.
     */
    protected static void fromBrowser(Component component, String property, Serializable value) {
        try {
            component
                    .getElement()
                    .getNode()
                    .getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient(property, value)
                    .run();
        } catch (Exception e) {
            throw new AssertionError("the browser may not set " + property, e);
        }
    }
}
