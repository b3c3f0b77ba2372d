package app.lectern.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A teacher-only route that exists only in tests, to check what anonymous visitors get. */
@Route("account-test/teacher-only")
@RolesAllowed("TEACHER")
public class TeacherOnlyTestView extends Div {}
