package app.lectern.classroom.ui;

import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /teach/classes/<id>/code}: a class's join code and join address alone on the screen, large enough to read
 * from the back of a classroom on a projector. No header: nothing else should be on the wall.
 */
@Route(value = "teach/classes/:" + ClassroomUi.CLASS_ID + NotFoundView.ID + "/code")
@RolesAllowed("TEACHER")
public class JoinCodeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private SchoolClass schoolClass;

    /** Creates the view; its content is built when the class is known. */
    public JoinCodeView(ClassroomService classroom) {
        this.classroom = classroom;
        addClassName("join-code-screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolClass = ClassroomUi.ownClass(event, this, classroom);
        removeAll();
        RouterLink back = new RouterLink(
                getTranslation("classroom.class.code.screen-back"),
                ClassView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(schoolClass.id())));
        back.setId("back-to-class");
        back.addClassName("join-code-back");
        H1 heading = new H1(getTranslation("classroom.class.code.screen-heading", schoolClass.name()));
        Paragraph go = new Paragraph(getTranslation("classroom.class.code.screen-go"));
        Paragraph address = new Paragraph(ClassroomUi.appUrl("join"));
        address.setId("screen-address");
        address.addClassName("join-code-address");
        Paragraph enter = new Paragraph(getTranslation("classroom.class.code.screen-enter"));
        Paragraph code = new Paragraph(schoolClass.joinCode());
        code.setId("screen-code");
        code.addClassName("join-code-huge");
        Paragraph link = new Paragraph(ClassroomUi.joinLink(schoolClass.joinCode()));
        link.setId("screen-link");
        link.addClassName("join-code-link");
        add(back, heading, go, address, enter, code, link);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(
                this,
                schoolClass == null
                        ? getTranslation("classroom.teach.title")
                        : getTranslation("classroom.class.code.screen-title", schoolClass.name()));
    }
}
