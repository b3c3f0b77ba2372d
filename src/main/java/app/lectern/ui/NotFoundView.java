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

/**
 * Shown for an unknown address, module or section: says what was not found and links back to the library,
 * with HTTP status 404. Views reroute here with {@link #reroute(BeforeEnterEvent, String)}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

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

    /** Shows this view with a message a learner can read (never an exception trace). */
    public static void reroute(BeforeEnterEvent event, String message) {
        event.rerouteToError(NotFoundException.class, message);
    }
}
