package app.lectern.ui;

import com.vaadin.flow.component.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Static text and HTML for views that stay open long, such as the reader. Every component of an open page is held
 * in server memory for as long as the tab is open (a text inside a component is a node of its own), and every
 * string a page was given is kept with it. These helpers put text into its element as escaped HTML (one node
 * instead of two) and share equal strings between tabs.
 */
public final class StaticText {

    private StaticText() {}

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * Shows {@code text} in the component as its element's escaped HTML instead of a text node. For static text
     * only: {@code getText()} of the component no longer returns it.
     *
     * @return the component
     */
    public static <C extends Component> C set(C component, String text) {
        component.getElement().setProperty("innerHTML", shared(escape(text)));
        return component;
    }

    /**
     * One copy of equal strings for all open tabs (rendered HTML, ids): the JVM's string pool, whose entries are
     * collected once no page holds them.
     */
    public static String shared(String text) {
        return text.intern();
    }
}
