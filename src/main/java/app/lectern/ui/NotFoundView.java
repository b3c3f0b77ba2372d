package app.lectern.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown for an unknown address, module, section or record: says what was not found and links back to the library,
 * with HTTP status 404. Views come here through {@link #orNotFound(Supplier, String)} or
 * {@link #reroute(BeforeEnterEvent, String)}; a malformed id in the address matches no route
 * ({@link #ID}) and ends here too.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /**
     * The regular expression of a route parameter that holds a database id, as in
     * {@code "teach/classes/:classId" + ID}: 1 to 18 digits, so it always fits a {@code long}.
     */
    public static final String ID = "([0-9]{1,18})";

    private final Paragraph message = new Paragraph();

    /** Builds the view. */
    public NotFoundView() {
        addClassName("lectern-page");
        add(new H1(getTranslation("notfound.heading")), message);
        Anchor back = new Anchor(MainLayout.LIBRARY, getTranslation("notfound.back"));
        back.addClassName("lectern-link-button");
        add(new Paragraph(back));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        message.setText(custom != null && !custom.isBlank() ? custom : getTranslation("notfound.page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("notfound.heading"));
    }

    /**
     * Loads what a view shows while it is being entered, or shows this view with {@code message}: an unknown id
     * and someone else's record end here alike, so nobody learns whether the other one exists.
     *
     * @throws NotFoundException which the router turns into this view
     */
    public static <T> T orNotFound(Supplier<T> load, String message) {
        try {
            return load.get();
        } catch (NoSuchElementException | AccessDeniedException e) {
            throw new NotFoundException(message);
        }
    }

    /** Shows this view with a message a learner can read (never an exception trace). */
    public static void reroute(BeforeEnterEvent event, String message) {
        event.rerouteToError(NotFoundException.class, message);
    }
}
