package app.lectern.lti.ui;

import app.lectern.classroom.roster.ClassInfo;
import app.lectern.lti.LtiException;
import app.lectern.lti.RosterSync;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /teach/classes/<id>/lms-roster}: "Sync roster" for a class a learning platform's course links to: its
 * learners are put in the class (with accounts linked to the platform), and a summary says what happened. The
 * teacher of the class only.
 */
@Route(value = "teach/classes/:classId" + NotFoundView.ID + "/lms-roster", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class LmsRosterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RosterSync sync;
    private final Paragraph result = new Paragraph();
    private ClassInfo schoolClass;

    /** Creates the view; its content is built when the class is known. */
    public LmsRosterView(RosterSync sync) {
        this.sync = sync;
        addClassName("lectern-page");
        addClassName("lms-roster");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("classId").orElseThrow());
        schoolClass = NotFoundView.orNotFound(() -> sync.schoolClass(id), getTranslation("lti.roster.notfound"));
        render();
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("lti.roster.title"));
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("teach/classes/" + schoolClass.id(), getTranslation("lti.roster.back"));
        back.setId("back-to-class");
        add(back);
        add(new H1(getTranslation("lti.roster.heading", schoolClass.name())));
        add(new Paragraph(getTranslation("lti.roster.help")));
        if (!sync.linked(schoolClass.id())) {
            add(new Paragraph(getTranslation("lti.roster.error.not-linked")));
            return;
        }
        Button button = new Button(getTranslation("lti.roster.sync"), e -> run());
        button.setId("sync-roster");
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setDisableOnClick(true);
        result.setId("sync-result");
        result.getElement().setAttribute("role", "status");
        add(button, result);
    }

    private void run() {
        try {
            RosterSync.Summary s = sync.sync(schoolClass.id());
            String text =
                    getTranslation("lti.roster.summary", s.added(), s.alreadyThere(), s.instructors(), s.skipped());
            result.setText(s.truncated() ? text + " " + getTranslation("lti.roster.truncated") : text);
        } catch (LtiException e) {
            result.setText(getTranslation(e.key(), e.args()));
        }
        getChildren().filter(c -> c instanceof Button).map(c -> (Button) c).forEach(b -> b.setEnabled(true));
    }
}
