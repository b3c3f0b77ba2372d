package app.lectern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;

/**
 * A feature's first view of a page, put into the page's HTML by the server ({@link FirstViewShell}) so that it is
 * readable and painted before Vaadin's client engine has loaded and rendered the real view, which then replaces it.
 * It must show only what the server would render for this request's visitor, with every text escaped.
 */
public interface FirstViewContent {

    /**
     * The HTML to show in the page's {@code main} landmark until the view renders, or empty for none.
     *
     * @param target the view the address leads to
     * @param parameters the address's route parameters
     * @param request the request for the page (no Vaadin session or UI exists yet)
     */
    Optional<String> html(Class<? extends Component> target, RouteParameters parameters, VaadinRequest request);
}
