package app.lectern.reader.ui;

import app.lectern.study.CurrentLearner;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Helpers for browserless view tests: the learner cookie, and everything the page would send to the browser. */
public final class UiTestSupport {

    private UiTestSupport() {}

    /** Gives the mocked request a learner cookie, as the learner cookie filter does for real requests. */
    public static UUID signInAnonymousLearner() {
        UUID learner = UUID.randomUUID();
        ServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (!(request instanceof MockRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).addCookie(new Cookie(CurrentLearner.COOKIE, learner.toString()));
        return learner;
    }

    /**
     * Every text, property value and attribute value in the current UI's element tree, except the rendered
     * Markdown ({@code innerHTML}) of {@code except}.
     */
    public static List<String> everythingSentToTheBrowser(Element except) {
        List<String> out = new ArrayList<>();
        collect(UI.getCurrent().getElement(), except, out);
        return out;
    }

    /** The text a reader sees in a component, including Markdown rendered into {@code innerHTML}. */
    public static String textOf(com.vaadin.flow.component.Component component) {
        StringBuilder out = new StringBuilder();
        text(component.getElement(), out);
        return out.toString();
    }

    private static void text(Element e, StringBuilder out) {
        if (e.isTextNode()) {
            out.append(e.getText());
            return;
        }
        if (e.getProperty("innerHTML") != null) {
            out.append(e.getProperty("innerHTML")
                    .replaceAll("<[^>]*>", "")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        e.getChildren().forEach(c -> text(c, out));
    }

    private static void collect(Element e, Element except, List<String> out) {
        if (e.isTextNode()) {
            out.add(e.getText());
            return;
        }
        e.getAttributeNames().forEach(n -> out.add(n + "=" + e.getAttribute(n)));
        e.getPropertyNames()
                .filter(n -> !(e.equals(except) && n.equals("innerHTML")))
                .forEach(n -> out.add(n + "=" + e.getPropertyRaw(n)));
        e.getChildren().forEach(c -> collect(c, except, out));
    }
}
