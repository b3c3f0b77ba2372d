package app.lectern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts a first view into the HTML of every page framed by {@link MainLayout}: the frame's header and whatever a
 * {@link FirstViewContent} offers for the page (the reader: the section's text). The browser paints it before it has
 * run Vaadin's client engine and the first server round-trip (on a slow phone 1–3 s). {@code
 * lectern-first-view.js} removes it from the page as the real layout is added, before the next frame, so nothing
 * shifts and no locator, landmark or id is found twice; {@code lectern.css} hides it in that frame as well.
 *
 * <p>It is a plain element with no inline script and no ids, so the content security policy and the real view's ids are
 * unaffected; everything in it is built with jsoup's text methods (escaped) or comes escaped from the feature.
 */
@SpringComponent
class FirstViewShell implements VaadinServiceInitListener {

    /** The id of the server-rendered first view, which the real view replaces. */
    static final String ID = "lectern-prerender";

    private final ObjectProvider<FirstViewContent> contents;

    FirstViewShell(ObjectProvider<FirstViewContent> contents) {
        this.contents = contents;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(response -> addFirstView(service, response));
    }

    private void addFirstView(VaadinService service, IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = path(request);
        if (path == null) {
            return;
        }
        NavigationRouteTarget route = service.getRouter().getRegistry().getNavigationRouteTarget(path);
        if (route == null || !route.hasTarget()) {
            return;
        }
        List<Class<? extends RouterLayout>> layouts = route.getRouteTarget().getParentLayouts();
        if (layouts.size() != 1 || layouts.getFirst() != MainLayout.class) {
            return;
        }
        Class<? extends Component> target = route.getRouteTarget().getTarget();
        String brand = service.getInstantiator().getI18NProvider().getTranslation("layout.app-name", Locale.ENGLISH);
        Element shell = new Element("div").attr("id", ID).addClass("lectern-shell");
        Element header = shell.appendElement("header").addClass("lectern-header");
        header.appendElement("a").attr("href", ".").addClass("lectern-brand").text(brand);
        // a div, not <main>: the landmark (and what waits for it) belongs to the real view, which replaces this one
        Element main = shell.appendElement("div").addClass("lectern-main");
        contents.orderedStream()
                .map(c -> c.html(target, route.getRouteParameters(), request))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(main::append);
        if (response.getDocument().title().isBlank()) {
            // the view sets its own title when it renders; until then the tab and assistive technology get a name
            response.getDocument().title(brand);
        }
        response.getDocument().body().prependChild(shell);
        // removes it once the real layout is there (a same-origin file: no inline script)
        shell.after(new Element("script")
                .attr("src", "lectern/lectern-first-view.js")
                .attr("async", true));
    }

    /** The page's path without the leading slash, as the router knows it; {@code null} if it has none. */
    private static String path(VaadinRequest request) {
        if (!(request instanceof VaadinServletRequest servlet)) {
            return null;
        }
        String uri = servlet.getHttpServletRequest().getRequestURI();
        String context = servlet.getHttpServletRequest().getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return null;
        }
        String path = uri.substring(context.length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
