package app.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every route states who may open it with exactly one access annotation, and only the listed routes are open
 * to anonymous visitors. A new anonymous route must be added here on purpose.
 */
class RouteAccessTest {

    private static final Set<String> ANONYMOUS = Set.of(
            "app.lectern.catalog.ui.LibraryView",
            "app.lectern.reader.ui.ReaderView",
            "app.lectern.reader.ui.SummaryView",
            "app.lectern.account.ui.LoginView",
            "app.lectern.account.ui.SignUpView",
            // students join a class by its code before they have an account
            "app.lectern.classroom.ui.JoinView");

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    private final List<JavaClass> routes = new ClassFileImporter()
            .importPackages("app.lectern").stream()
                    .filter(c -> c.isAnnotatedWith(Route.class))
                    .toList();

    @Test
    void everyRouteHasExactlyOneAccessAnnotation() {
        assertThat(routes).extracting(JavaClass::getName).contains("app.lectern.catalog.ui.LibraryView");
        for (JavaClass route : routes) {
            List<String> found = ACCESS.stream()
                    .filter(route::isAnnotatedWith)
                    .map(Class::getSimpleName)
                    .toList();
            assertThat(found).as(route.getName()).hasSize(1);
        }
    }

    @Test
    void onlyTheAllowListedRoutesAreAnonymous() {
        Stream<String> anonymous = routes.stream()
                .filter(c -> c.isAnnotatedWith(AnonymousAllowed.class))
                .map(JavaClass::getName);

        assertThat(anonymous).allMatch(ANONYMOUS::contains, "is on the anonymous allow-list");
    }
}
