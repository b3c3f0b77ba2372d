package app.lectern.question.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leak detector itself must find what it is meant to find, or the input tests prove nothing. */
class ElementTreeTest {

    @Test
    void findsSecretsInTextAttributesPropertiesAndVirtualChildren() {
        Div root = new Div(new Span("visible Secret-Text"));
        root.getElement().setAttribute("data-x", "secret-attr");
        Span child = new Span();
        child.getElement().setProperty("value", "secret-prop");
        root.add(child);
        Element virtual = new Element("vaadin-tooltip");
        virtual.setProperty("text", "secret-virtual");
        root.getElement().appendVirtualChild(virtual);

        List<String> found = ElementTree.occurrences(
                root, List.of("secret-text", "secret-attr", "secret-prop", "secret-virtual", "absent"));

        assertThat(found).anyMatch(s -> s.endsWith("secret-text"));
        assertThat(found).anyMatch(s -> s.endsWith("secret-attr"));
        assertThat(found).anyMatch(s -> s.endsWith("secret-prop"));
        assertThat(found).anyMatch(s -> s.endsWith("secret-virtual"));
        assertThat(found).noneMatch(s -> s.endsWith("absent"));
    }
}
