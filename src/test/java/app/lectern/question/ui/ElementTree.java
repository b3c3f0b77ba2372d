package app.lectern.question.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Walks what a component sends to the browser (the element tree with its properties, attributes and texts,
 * including virtual children such as tooltips and overlays, plus pending JavaScript calls) to find strings that
 * must not be there.
 */
public final class ElementTree {

    private ElementTree() {}

    /** Where any of the strings occurs (case-insensitive), as {@code "tag[where]: secret"}; empty when nowhere. */
    public static List<String> occurrences(Component component, Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        walk(component.getElement(), secrets, found);
        component.getUI().ifPresent(ui -> pendingJavaScript(ui, secrets, found));
        return found;
    }

    /** Every element below and including this one, with virtual children. */
    public static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Element element, List<Element> all) {
        all.add(element);
        element.getChildren().forEach(child -> collect(child, all));
        StateNode node = element.getNode();
        if (node.hasFeature(VirtualChildrenList.class)) {
            node.getFeature(VirtualChildrenList.class).iterator().forEachRemaining(n -> collect(Element.get(n), all));
        }
    }

    private static void walk(Element root, Collection<String> secrets, List<String> found) {
        for (Element e : elements(root)) {
            String tag = e.isTextNode() ? "#text" : e.getTag();
            check(tag + "[text]", e.getText(), secrets, found);
            if (e.isTextNode()) {
                continue;
            }
            e.getPropertyNames().forEach(p -> check(tag + "[." + p + "]", e.getPropertyRaw(p), secrets, found));
            e.getAttributeNames().forEach(a -> check(tag + "[" + a + "]", e.getAttribute(a), secrets, found));
        }
    }

    // dumping empties the queue, which no test of an input relies on
    private static void pendingJavaScript(UI ui, Collection<String> secrets, List<String> found) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().dumpPendingJavaScriptInvocations().forEach(js -> {
            check("js", js.getInvocation().getExpression(), secrets, found);
            js.getInvocation().getParameters().forEach(p -> check("js-param", p, secrets, found));
        });
    }

    private static void check(String where, Object value, Collection<String> secrets, List<String> found) {
        if (value == null) {
            return;
        }
        String text = String.valueOf(value).toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            if (text.contains(secret.toLowerCase(Locale.ROOT))) {
                found.add(where + ": " + secret);
            }
        }
    }
}
