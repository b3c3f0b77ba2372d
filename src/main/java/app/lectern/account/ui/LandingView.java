package app.lectern.account.ui;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /welcome}: where a sign-in lands when it did not start from a protected page. It shows nothing and sends
 * each user on to their own track: a student to "My assignments", a teacher to "My classes", anyone else (a
 * self-study learner, an admin without classes) to the library.
 */
@Route(value = LandingView.ROUTE, layout = MainLayout.class)
@PermitAll
public class LandingView extends Div implements BeforeEnterObserver {

    /** The address of the landing page. */
    public static final String ROUTE = "welcome";

    private final CurrentUser currentUser;

    /** Creates the (empty) view. */
    public LandingView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(home(currentUser.get().orElse(null)));
    }

    /** The first page of the user's track, as an address (the account feature does not know the other views). */
    static String home(UserRef user) {
        if (user == null) {
            return MainLayout.LIBRARY;
        }
        if (user.has(Role.TEACHER)) {
            return "teach";
        }
        if (user.has(Role.STUDENT)) {
            return "assignments";
        }
        return MainLayout.LIBRARY;
    }
}
