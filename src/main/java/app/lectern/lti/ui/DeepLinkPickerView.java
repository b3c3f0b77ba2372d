package app.lectern.lti.ui;

import app.lectern.content.LearningModule;
import app.lectern.lti.DeepLinks;
import app.lectern.lti.Query;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;

/**
 * {@code /lti/deep-link/<id>}: a teacher came from their course to add a Lectern activity. They choose a module (and
 * the activity's title); the choice goes back to the platform as a signed deep linking response. The id is the
 * server's one-time request, bound to this teacher; any other id shows that the choice is gone.
 */
@Route(value = "lti/deep-link/:" + DeepLinkPickerView.ID, layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class DeepLinkPickerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "requestId";

    private final DeepLinks deepLinks;

    /** Creates the view; {@link #beforeEnter} fills it. */
    public DeepLinkPickerView(DeepLinks deepLinks) {
        this.deepLinks = deepLinks;
        addClassName("lectern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("lti.picker.heading")));
        String id = event.getRouteParameters().get(ID).orElse("");
        DeepLinks.Pending pending;
        try {
            pending = deepLinks.pending(id);
        } catch (NoSuchElementException gone) {
            Paragraph message = new Paragraph(getTranslation("lti.deep-link.error.gone"));
            message.setId("lti-picker-gone");
            add(message);
            return;
        }
        add(new Paragraph(getTranslation("lti.picker.intro", pending.platform())));
        TextField title = new TextField(getTranslation("lti.picker.title"));
        title.setId("lti-picker-title");
        title.setMaxLength(DeepLinks.MAX_TITLE);
        title.setHelperText(getTranslation("lti.picker.title-help"));
        title.setWidthFull();
        add(title);
        Div list = new Div();
        list.setId("lti-picker-modules");
        for (LearningModule module : pending.modules()) {
            Div row = new Div();
            row.addClassName("lti-picker-module");
            Button choose = new Button(getTranslation("lti.picker.choose"), e -> choose(id, module, title.getValue()));
            choose.setId("lti-choose-" + module.id());
            choose.addThemeVariants(ButtonVariant.PRIMARY);
            choose.getElement().setAttribute("aria-label", getTranslation("lti.picker.choose-named", module.title()));
            row.add(new H2(module.title()), choose);
            list.add(row);
        }
        add(list);
    }

    private void choose(String id, LearningModule module, String title) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String context = request == null ? "" : request.getContextPath();
        // a full page load: the answer is a page of its own that posts the signed token to the platform
        UI.getCurrent()
                .getPage()
                .setLocation(Query.of(context + "/lti/deep-link/" + id + "/return")
                        .add("module", module.id())
                        .add("title", title == null || title.isBlank() ? null : title.strip())
                        .toString());
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("lti.picker.heading"));
    }
}
