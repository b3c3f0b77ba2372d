package app.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every navigation target (route, route alias, router layout, error view) states who may open it with exactly one
 * access annotation, and exactly the listed ones are open to anonymous visitors. A new anonymous route must be
 * added here on purpose; {@link RouteAccessMatrixTest} checks what each role actually gets.
 */
class RouteAccessTest {

    private static final Set<String> ANONYMOUS = Set.of(
            "app.lectern.reader.ui.LibraryView",
            "app.lectern.reader.ui.ReaderView",
            "app.lectern.reader.ui.SummaryView",
            // a module printed as a worksheet: the self-study form only, no key
            "app.lectern.reader.ui.WorksheetView",
            "app.lectern.account.ui.LoginView",
            "app.lectern.account.ui.SignUpView",
            // students join a class by its code before they have an account
            "app.lectern.classroom.ui.JoinView",
            // the frame around every page, and the not-found page, must render for everyone
            "app.lectern.ui.MainLayout",
            "app.lectern.ui.NotFoundView",
            // the code editor's check page for the browser tests: "not found" unless started with lectern.ui-checks
            "app.lectern.ui.CodeEditorCheckView");

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    private final List<JavaClass> targets = ProjectClasses.withTests().stream()
            .filter(c -> !c.isInterface()
                    && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
            .filter(c -> c.isAnnotatedWith(Route.class)
                    || c.isAnnotatedWith(RouteAlias.class)
                    || c.isAssignableTo(RouterLayout.class)
                    || c.isAssignableTo(HasErrorParameter.class))
            .filter(c -> c.getPackageName().startsWith("app.lectern"))
            .toList();

    @Test
    void everyNavigationTargetHasExactlyOneAccessAnnotation() {
        assertThat(targets)
                .extracting(JavaClass::getName)
                .contains(
                        "app.lectern.reader.ui.LibraryView",
                        "app.lectern.ui.MainLayout",
                        "app.lectern.ui.NotFoundView",
                        "app.lectern.classroom.ui.GradebookView");
        for (JavaClass target : targets) {
            List<String> found = ACCESS.stream()
                    .filter(target::isAnnotatedWith)
                    .map(Class::getSimpleName)
                    .toList();
            assertThat(found).as(target.getName()).hasSize(1);
        }
    }

    @Test
    void exactlyTheAllowListedTargetsAreAnonymous() {
        List<String> anonymous = targets.stream()
                .filter(c -> c.isAnnotatedWith(AnonymousAllowed.class))
                .map(JavaClass::getName)
                .toList();

        assertThat(anonymous).allMatch(ANONYMOUS::contains, "is on the anonymous allow-list");
        // and the list does not rot: each entry still exists and is still anonymous
        assertThat(anonymous).containsAll(ANONYMOUS);
    }

    @Test
    void noTargetIsOpenToEverySignedInUserByAccident() {
        // @PermitAll would let any student open a teacher page; only pages about the user's own account may use it
        assertThat(targets)
                .filteredOn(c -> c.isAnnotatedWith(PermitAll.class))
                .extracting(JavaClass::getName)
                .containsExactlyInAnyOrder(
                        "app.lectern.privacy.ui.MyDataView",
                        "app.lectern.account.ui.ChangePasswordView",
                        // only forwards each role to its own start page
                        "app.lectern.account.ui.LandingView");
    }

    @Test
    void pagesUnderAdminAreForAdminsOnly() {
        List<JavaClass> admin = targets.stream()
                .filter(c -> c.isAnnotatedWith(Route.class)
                        && c.getAnnotationOfType(Route.class).value().startsWith("admin/"))
                .toList();
        assertThat(admin).extracting(JavaClass::getName).contains("app.lectern.privacy.ui.AccountDataView");
        for (JavaClass target : admin) {
            assertThat(target.isAnnotatedWith(RolesAllowed.class))
                    .as(target.getName())
                    .isTrue();
            assertThat(target.getAnnotationOfType(RolesAllowed.class).value())
                    .as(target.getName())
                    .containsExactly("ADMIN");
        }
    }
}
